package io.compose2helm.chart;

import io.compose2helm.diagnostics.InputException;
import io.compose2helm.diagnostics.SourceLocation;
import io.compose2helm.diagnostics.TextFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Puts a chart on disk so that a failed run leaves the previous chart as it was. A new chart is
 * written to a temporary directory beside the target and moved into place at the end; an existing
 * one is updated in place by {@link ChartPatch}, which writes only the files that change. What is
 * written and what is carried over (overlays, the user's own files) is decided by {@link ChartUpdate}.
 */
public final class ChartWriter {

  public ChartWriter() {}

  /** Writes {@code files} as a new chart, keeping existing overlays and the user's own files. */
  public void write(Path target, Map<String, String> files) {
    write(target, ChartUpdate.plan(target, files, false));
  }

  /**
   * @param update planned against {@code target} when that exists
   * @throws InputException when the chart cannot be written, naming the file and why
   */
  public void write(Path target, ChartUpdate update) {
    Path absolute = followLinks(target.toAbsolutePath().normalize());
    Path parent = absolute.getParent();
    String name = absolute.getFileName().toString();
    Path staging = null;
    refuseToReplaceNonChart(target, absolute);
    try {
      if (Files.isDirectory(absolute)) {
        if (!isPlannedFor(update, absolute)) {
          throw new IllegalArgumentException("the update was planned against " + update.directory() + ", not " + target);
        }
        ChartPatch.apply(absolute, update);
        return;
      }
      Files.createDirectories(parent);
      staging = scratchDirectory(parent, "." + name + ChartPatch.SCRATCH);
      for (Map.Entry<String, Path> file : update.carriedOver().entrySet()) {
        Path destination = staging.resolve(file.getKey());
        Files.createDirectories(destination.getParent());
        Files.copy(file.getValue(), destination, StandardCopyOption.COPY_ATTRIBUTES);
      }
      for (Map.Entry<String, String> file : update.files().entrySet()) {
        Path destination = staging.resolve(file.getKey());
        Files.createDirectories(destination.getParent());
        Files.writeString(destination, file.getValue(), StandardCharsets.UTF_8);
        if (ChartOwnership.isExecutable(file.getKey())) {
          makeExecutable(destination);
        }
      }
      // A chart made meanwhile by a concurrent run is not replaced: the move fails, and says so.
      move(staging, absolute);
      staging = null;
    } catch (IOException e) {
      // The staging directory, and scratch files beside a file's place, read as the chart's own
      // paths: that is where they were going.
      throw new InputException(SourceLocation.ofFile(target.toString()), "--output", "cannot write the chart: "
          + ScratchNames.PATTERN.matcher(TextFiles.describe(e)).replaceAll("/$1"));
    } finally {
      if (staging != null) {
        deleteTree(staging);
      }
    }
  }

  /**
   * Compiled only for a message: "/.values.yaml.new-123" (of {@link ChartPatch}) reads "/values.yaml",
   * and "/.chart.new-123" (the staging directory) "/chart".
   */
  private static final class ScratchNames {
    static final Pattern PATTERN = Pattern.compile("/\\.([^/]+?)" + Pattern.quote(ChartPatch.SCRATCH) + "\\d+");

    private ScratchNames() {}
  }

  private static boolean isPlannedFor(ChartUpdate update, Path absolute) {
    try {
      return Files.isSameFile(update.directory(), absolute);
    } catch (IOException e) {
      return false;
    }
  }

  /** {@code -o link} writes where the link points, and the link stays a link. */
  private static Path followLinks(Path path) {
    Path current = path;
    for (int hops = 0; hops < 40 && Files.isSymbolicLink(current); hops++) {
      try {
        current = current.resolveSibling(Files.readSymbolicLink(current)).normalize();
      } catch (IOException e) {
        throw new InputException(SourceLocation.ofFile(path.toString()), "--output",
            "cannot follow the symbolic link: " + TextFiles.describe(e));
      }
    }
    return current;
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
      throw new InputException(SourceLocation.ofFile(target.toString()), "--output",
          "cannot read the directory: " + TextFiles.describe(e));
    }
  }

  /**
   * A new empty directory named {@code prefix} and digits, beside the chart. Named here, not by
   * Files.createTempDirectory, whose SecureRandom (the JDK's security providers) took longer to start
   * than writing a chart; createDirectory fails rather than reuse a name someone made first, so the
   * clock alone tells concurrent runs apart (the process id took ProcessHandle's start, 2 ms).
   */
  private static Path scratchDirectory(Path parent, String prefix) throws IOException {
    for (int attempt = 0; ; attempt++) {
      try {
        return Files.createDirectory(parent.resolve(prefix + Long.toUnsignedString(System.nanoTime())));
      } catch (FileAlreadyExistsException e) {
        if (attempt == 100) {
          throw e;
        }
      }
    }
  }

  static void makeExecutable(Path file) throws IOException {
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

  /** Deletes a tree, making read-only directories writable first (they are ours to remove). */
  static List<Path> deleteTree(Path root) {
    List<Path> left = new ArrayList<>();
    try {
      Files.walkFileTree(root, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
          dir.toFile().setWritable(true, true);
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
          delete(file, left);
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
          left.add(file);
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path dir, IOException e) {
          delete(dir, left);
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      left.add(root);
    }
    return left;
  }

  private static void delete(Path path, List<Path> left) {
    try {
      Files.delete(path);
    } catch (IOException e) {
      left.add(path);
    }
  }
}
