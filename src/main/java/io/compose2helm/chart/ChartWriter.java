package io.compose2helm.chart;

import io.compose2helm.diagnostics.InputException;
import io.compose2helm.diagnostics.SourceLocation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Puts a chart on disk all at once: files are written to a temporary directory beside the target
 * and moved into place at the end, so a failed run leaves the previous chart as it was. What is
 * written and what is carried over (overlays, the user's own files) is decided by {@link ChartUpdate}.
 */
public final class ChartWriter {

  /** Writes {@code files} as a new chart, keeping existing overlays and the user's own files. */
  public void write(Path target, Map<String, String> files) {
    write(target, ChartUpdate.plan(target, files, false));
  }

  public void write(Path target, ChartUpdate update) {
    Path absolute = target.toAbsolutePath().normalize();
    Path parent = absolute.getParent();
    String name = absolute.getFileName().toString();
    Path staging = null;
    refuseToReplaceNonChart(target, absolute);
    try {
      Files.createDirectories(parent);
      staging = Files.createTempDirectory(parent, "." + name + ".new-");
      for (Map.Entry<String, Path> file : update.carriedOver().entrySet()) {
        Path destination = staging.resolve(file.getKey());
        Files.createDirectories(destination.getParent());
        Files.copy(file.getValue(), destination, StandardCopyOption.COPY_ATTRIBUTES);
      }
      for (Map.Entry<String, String> file : update.files().entrySet()) {
        Path destination = staging.resolve(file.getKey());
        Files.createDirectories(destination.getParent());
        Files.writeString(destination, file.getValue(), StandardCharsets.UTF_8);
        if (file.getKey().endsWith(".sh")) {
          makeExecutable(destination);
        }
      }
      swapIn(staging, absolute, parent, name);
      staging = null;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the chart to " + target + ": " + e.getMessage(), e);
    } finally {
      if (staging != null) {
        deleteQuietly(staging);
      }
    }
  }

  /** The output directory is replaced whole, so it must be a chart (or new, or empty). */
  private static void refuseToReplaceNonChart(Path target, Path absolute) {
    if (!Files.isDirectory(absolute) || Files.isRegularFile(absolute.resolve("Chart.yaml"))) {
      if (Files.exists(absolute) && !Files.isDirectory(absolute)) {
        throw new InputException(SourceLocation.ofFile(target.toString()), "--output", "exists and is not a directory");
      }
      return;
    }
    try (Stream<Path> entries = Files.list(absolute)) {
      if (entries.findAny().isPresent()) {
        throw new InputException(SourceLocation.ofFile(target.toString()), "--output",
            "is a non-empty directory without Chart.yaml; refusing to replace it with a chart");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + target, e);
    }
  }

  private static void swapIn(Path staging, Path target, Path parent, String name) throws IOException {
    if (!Files.exists(target)) {
      move(staging, target);
      return;
    }
    Path previous = Files.createTempDirectory(parent, "." + name + ".old-");
    Files.delete(previous);
    move(target, previous);
    try {
      move(staging, target);
    } catch (IOException e) {
      move(previous, target); // put the old chart back before reporting
      throw e;
    }
    deleteQuietly(previous);
  }

  private static void makeExecutable(Path file) throws IOException {
    try {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    } catch (UnsupportedOperationException e) {
      file.toFile().setExecutable(true); // not a POSIX file system
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to);
    }
  }

  private static void deleteQuietly(Path directory) {
    try (Stream<Path> walk = Files.walk(directory)) {
      walk.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      // A leftover temporary directory is harmless; the chart itself is complete.
    }
  }
}
