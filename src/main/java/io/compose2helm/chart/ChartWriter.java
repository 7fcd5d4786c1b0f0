package io.compose2helm.chart;

import io.compose2helm.diagnostics.Diagnostic;
import io.compose2helm.diagnostics.InputException;
import io.compose2helm.diagnostics.Severity;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Puts a chart on disk all at once: files are written to a temporary directory beside the target
 * and moved into place at the end, so a failed run leaves the previous chart as it was. What is
 * written and what is carried over (overlays, the user's own files) is decided by {@link ChartUpdate}.
 */
public final class ChartWriter {

  /** Deletes a directory tree and returns what it could not delete. */
  interface TreeDeleter {
    List<Path> delete(Path root);
  }

  private final TreeDeleter deleter;

  public ChartWriter() {
    this(new DeletingTree());
  }

  /** The deleter of a real run: {@link #deleteTree}. */
  private static final class DeletingTree implements TreeDeleter {
    @Override
    public List<Path> delete(Path root) {
      return deleteTree(root);
    }
  }

  ChartWriter(TreeDeleter deleter) {
    this.deleter = deleter;
  }

  /** Writes {@code files} as a new chart, keeping existing overlays and the user's own files. */
  public List<Diagnostic> write(Path target, Map<String, String> files) {
    return write(target, ChartUpdate.plan(target, files, false));
  }

  /**
   * @return warnings about what the write left behind (a previous chart that could not be deleted)
   * @throws InputException when the chart cannot be written, naming the file and why
   */
  public List<Diagnostic> write(Path target, ChartUpdate update) {
    Path absolute = followLinks(target.toAbsolutePath().normalize());
    Path parent = absolute.getParent();
    String name = absolute.getFileName().toString();
    Path staging = null;
    refuseToReplaceNonChart(target, absolute);
    try {
      Files.createDirectories(parent);
      staging = scratchDirectory(parent, "." + name + ".new-");
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
      List<Diagnostic> warnings = swapIn(staging, absolute, parent, name);
      staging = null;
      return warnings;
    } catch (IOException e) {
      // Paths inside the staging directory read as the chart's own: that is where they were going.
      String staged = Pattern.quote(parent.resolve("." + name + ".new-").toString()) + "\\d+";
      throw new InputException(SourceLocation.ofFile(target.toString()), "--output", "cannot write the chart: "
          + TextFiles.describe(e).replaceAll(staged, Matcher.quoteReplacement(absolute.toString())));
    } finally {
      if (staging != null) {
        deleter.delete(staging);
      }
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

  private List<Diagnostic> swapIn(Path staging, Path target, Path parent, String name) throws IOException {
    if (!Files.exists(target)) {
      move(staging, target);
      return List.of();
    }
    Path previous = scratchDirectory(parent, "." + name + ".old-");
    Files.delete(previous);
    move(target, previous);
    try {
      move(staging, target);
    } catch (IOException e) {
      move(previous, target); // put the old chart back before reporting
      throw e;
    }
    List<Path> left = deleter.delete(previous);
    if (left.isEmpty()) {
      return List.of();
    }
    // The new chart is in place; say so rather than leave a hidden copy of the old one unannounced.
    return List.of(new Diagnostic(Severity.WARNING, SourceLocation.ofFile(previous.toString()), "",
        "the previous chart was moved here but could not be deleted (" + left.size() + " entries left, for example "
            + left.get(0) + "); delete it by hand"));
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
