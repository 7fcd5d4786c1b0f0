package io.compose2helm.chart;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The regular files below a folder, as {@code Files.walk} filtered by {@code Files.isRegularFile}
 * lists them (links are not followed into folders; a link to a regular file counts), but through a
 * visitor: the stream's iterator links two JDK lambdas, whose classes JDK 17 spins at run time on
 * every conversion that re-runs over a chart.
 */
final class RegularFiles {

  private RegularFiles() {}

  /** Their paths relative to {@code root}, with {@code /} between names, sorted; none for a missing root. */
  static List<String> under(Path root) throws IOException {
    if (!Files.isDirectory(root)) {
      return List.of();
    }
    List<String> files = new ArrayList<>();
    Files.walkFileTree(root, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
        if (attributes.isRegularFile() || attributes.isSymbolicLink() && Files.isRegularFile(file)) {
          files.add(root.relativize(file).toString().replace('\\', '/'));
        }
        return FileVisitResult.CONTINUE;
      }
    });
    Collections.sort(files);
    return files;
  }
}
