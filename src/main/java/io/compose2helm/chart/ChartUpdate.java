package io.compose2helm.chart;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * What a run would do to the chart on disk, worked out before anything is written: the files to
 * write, the files to carry over unchanged (the user's overlays and any file of their own), the
 * generated files that are gone, and the hand edits the run would destroy.
 *
 * @param files chart-relative path to the text to write
 * @param carriedOver chart-relative path to the existing file copied byte for byte
 * @param removed tool-owned files of the previous run that are no longer generated
 * @param handEdits edits to tool-owned files that writing would lose
 * @param previous the manifest of the chart on disk, if any
 */
public record ChartUpdate(
    Map<String, String> files,
    Map<String, Path> carriedOver,
    List<String> removed,
    List<HandEdit> handEdits,
    Optional<ChartManifest> previous) {

  /**
   * Plans writing {@code generated} over the chart in {@code chartDir} (which may not exist yet).
   *
   * @param resetOverlays rewrite env/*.yaml with the defaults instead of keeping the user's
   */
  public static ChartUpdate plan(Path chartDir, Map<String, String> generated, boolean resetOverlays) {
    Optional<ChartManifest> previous = ChartManifest.read(chartDir);
    Map<String, String> files = new TreeMap<>();
    Map<String, Path> carriedOver = new TreeMap<>();
    List<HandEdit> handEdits = new ArrayList<>();
    generated.forEach((path, content) -> {
      Path existing = chartDir.resolve(path);
      if (ChartOwnership.isUserOwned(path) && !resetOverlays && Files.isRegularFile(existing)) {
        carriedOver.put(path, existing);
        return;
      }
      files.put(path, content);
      if (isHandEdited(path, existing, previous) && !content.equals(readOrNull(existing))) {
        handEdits.add(new HandEdit(path, false));
      }
    });
    List<String> removed = new ArrayList<>();
    for (String path : existingFiles(chartDir)) {
      if (generated.containsKey(path)) {
        continue;
      }
      if (previous.isPresent() && previous.get().hashOf(path).isPresent()) {
        removed.add(path);
        if (isHandEdited(path, chartDir.resolve(path), previous)) {
          handEdits.add(new HandEdit(path, true));
        }
      } else {
        // Not something compose2helm wrote: the user's own file (env/staging.yaml, a CI file), kept.
        carriedOver.put(path, chartDir.resolve(path));
      }
    }
    return new ChartUpdate(files, carriedOver, removed, handEdits, previous);
  }

  /** Differs from what the manifest says compose2helm wrote; without a manifest nothing can be told. */
  private static boolean isHandEdited(String path, Path existing, Optional<ChartManifest> previous) {
    if (previous.isEmpty() || !Files.isRegularFile(existing)) {
      return false;
    }
    Optional<String> recorded = previous.get().hashOf(path);
    if (recorded.isEmpty()) {
      return false;
    }
    try {
      return !recorded.get().equals(ChartManifest.sha256(Files.readAllBytes(existing)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + existing, e);
    }
  }

  private static String readOrNull(Path file) {
    try {
      return Files.isRegularFile(file) ? Files.readString(file) : null;
    } catch (IOException e) {
      return null; // not UTF-8 text: certainly not what we would write
    }
  }

  /** Every regular file under the chart, relative with forward slashes; empty for a new chart. */
  private static List<String> existingFiles(Path chartDir) {
    if (!Files.isDirectory(chartDir)) {
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(chartDir)) {
      return walk.filter(Files::isRegularFile)
          .map(path -> chartDir.relativize(path).toString().replace('\\', '/'))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + chartDir, e);
    }
  }
}
