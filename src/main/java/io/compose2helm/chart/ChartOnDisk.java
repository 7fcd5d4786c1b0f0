package io.compose2helm.chart;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A chart folder as it was before this run wrote to it: its manifest, its regular files, and the
 * bytes of the files the manifest says compose2helm wrote. {@link #start} reads it on a second core
 * while the new chart is generated, so that comparing the two ({@link ChartUpdate}) waits for no
 * disk. A file it could not read is read again when asked for, so that a failure shows where it
 * always did; a damaged manifest or an unlistable folder is thrown by {@link Reading#get}.
 */
public final class ChartOnDisk {

  private final Path directory;
  private final Optional<ChartManifest> manifest;
  private final List<String> files;
  private final Map<String, byte[]> written;

  private ChartOnDisk(Path directory, Optional<ChartManifest> manifest, List<String> files,
      Map<String, byte[]> written) {
    this.directory = directory;
    this.manifest = manifest;
    this.files = files;
    this.written = written;
  }

  /** Reads the folder now, on this thread. */
  public static ChartOnDisk read(Path directory) {
    Optional<ChartManifest> manifest = ChartManifest.read(directory);
    List<String> files = regularFiles(directory);
    Map<String, byte[]> written = new HashMap<>();
    if (manifest.isPresent()) {
      for (String path : files) {
        if (manifest.get().hashOf(path).isPresent()) {
          try {
            written.put(path, Files.readAllBytes(directory.resolve(path)));
          } catch (IOException e) {
            // read again when asked for, where the failure is reported
          }
        }
      }
    }
    return new ChartOnDisk(directory, manifest, files, written);
  }

  /** Starts reading the folder on its own thread. */
  public static Reading start(Path directory) {
    return new Reading(BackgroundTask.start("compose2helm-chart-on-disk", new ReadLater(directory)));
  }

  /** A folder being read; {@link #get} waits for it. */
  public static final class Reading {
    private final BackgroundTask<ChartOnDisk> task;

    private Reading(BackgroundTask<ChartOnDisk> task) {
      this.task = task;
    }

    public ChartOnDisk get() {
      return task.get();
    }
  }

  private static final class ReadLater implements Supplier<ChartOnDisk> {
    private final Path directory;

    ReadLater(Path directory) {
      this.directory = directory;
    }

    @Override
    public ChartOnDisk get() {
      return read(directory);
    }
  }

  Path directory() {
    return directory;
  }

  /** The manifest of the previous run, empty for a new chart or one made before manifests. */
  public Optional<ChartManifest> manifest() {
    return manifest;
  }

  /** Every regular file under the chart, relative with forward slashes, sorted; empty for a new chart. */
  List<String> files() {
    return files;
  }

  /** The bytes of the file at this chart-relative path, or null when it is not a regular file. */
  byte[] bytesOf(String path) {
    byte[] kept = written.get(path);
    if (kept != null) {
      return kept;
    }
    Path file = directory.resolve(path);
    if (!Files.isRegularFile(file)) {
      return null;
    }
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  private static List<String> regularFiles(Path chartDir) {
    try {
      return RegularFiles.under(chartDir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + chartDir, e);
    }
  }
}
