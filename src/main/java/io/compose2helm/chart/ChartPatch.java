package io.compose2helm.chart;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Updates an existing chart folder in place, touching only what the update changes: the files
 * whose bytes differ are written under scratch names beside their places, and only once all are
 * written is each renamed over its place (the manifest last), so a failed write (a full disk, a
 * file in a folder's way) leaves the chart as it was; then the files no longer generated are
 * deleted. Everything else keeps its bytes and its modification time. After an edit of one service
 * that is three files of thirty, where writing the whole chart anew and swapping it in wrote them all
 * and deleted the old tree.
 */
final class ChartPatch {

  /** How a file being written is named beside its place; {@link ChartWriter} names the place in messages. */
  static final String SCRATCH = ".new-";

  private ChartPatch() {}

  /** Applies {@code update}, which was planned against the folder {@code chart}. */
  static void apply(Path chart, ChartUpdate update) throws IOException {
    List<Path> scratches = new ArrayList<>();
    List<Path> places = new ArrayList<>();
    List<Path> madeFolders = new ArrayList<>();
    boolean done = false;
    try {
      for (String path : writeOrder(update)) {
        Path place = chart.resolve(path);
        if (Files.isDirectory(place, LinkOption.NOFOLLOW_LINKS)) {
          throw new FileSystemException(place.toString(), null, "it is a directory, not a file");
        }
        makeFolders(place.getParent(), madeFolders);
        Path scratch = scratchBeside(place, update.files().get(path));
        scratches.add(scratch);
        places.add(place);
        if (ChartOwnership.isExecutable(path)) {
          ChartWriter.makeExecutable(scratch);
        }
      }
      done = true;
    } finally {
      if (!done) {
        undo(scratches, madeFolders);
      }
    }
    for (int i = 0; i < scratches.size(); i++) {
      replace(scratches.get(i), places.get(i));
    }
    for (String path : update.removed()) {
      Path gone = chart.resolve(path);
      Files.deleteIfExists(gone);
      // A folder only this file was in goes with it, as it would from a chart written anew.
      Path folder = gone.getParent();
      while (!folder.equals(chart) && deleteIfEmpty(folder)) {
        folder = folder.getParent();
      }
    }
  }

  /** Removes what a failed write made, so the chart is as it was; the failure itself is what is reported. */
  private static void undo(List<Path> scratches, List<Path> madeFolders) {
    try {
      for (Path scratch : scratches) {
        Files.deleteIfExists(scratch);
      }
      for (int i = madeFolders.size() - 1; i >= 0; i--) {
        deleteIfEmpty(madeFolders.get(i));
      }
    } catch (IOException e) {
      // the chart's folder refuses changes now; what is left is named by nothing we could report better
    }
  }

  /** The changed files in path order, the manifest last: a run cut short reads as not yet recorded. */
  private static List<String> writeOrder(ChartUpdate update) {
    List<String> order = new ArrayList<>();
    for (String path : update.files().keySet()) {
      if (update.changed().contains(path) && !path.equals(ChartManifest.PATH)) {
        order.add(path);
      }
    }
    if (update.changed().contains(ChartManifest.PATH)) {
      order.add(ChartManifest.PATH);
    }
    return order;
  }

  /** Creates the folder and any missing parent, and notes each one made, the outermost first. */
  private static void makeFolders(Path folder, List<Path> made) throws IOException {
    List<Path> missing = new ArrayList<>();
    for (Path at = folder; at != null && !Files.isDirectory(at); at = at.getParent()) {
      missing.add(0, at);
    }
    for (Path at : missing) {
      Files.createDirectory(at);
      made.add(at);
    }
  }

  /**
   * The text written to a new file beside {@code place}, named by the clock as the scratch folders
   * of {@link ChartWriter} are: creating it fails rather than reuse a name a concurrent run took.
   */
  private static Path scratchBeside(Path place, String text) throws IOException {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    for (int attempt = 0; ; attempt++) {
      Path scratch = place.resolveSibling("." + place.getFileName() + SCRATCH + Long.toUnsignedString(System.nanoTime()));
      try {
        Files.write(scratch, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        return scratch;
      } catch (FileAlreadyExistsException e) {
        if (attempt == 100) {
          throw e;
        }
      }
    }
  }

  private static void replace(Path scratch, Path place) throws IOException {
    try {
      Files.move(scratch, place, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(scratch, place, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static boolean deleteIfEmpty(Path folder) throws IOException {
    try {
      return Files.deleteIfExists(folder);
    } catch (DirectoryNotEmptyException e) {
      return false;
    }
  }
}
