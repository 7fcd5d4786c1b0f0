package io.compose2helm.cli;

import io.compose2helm.diagnostics.InputLog;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A chart folder as text, for {@link UnchangedRuns}: every name under it with its kind, and a file's
 * {@linkplain InputLog#stamp stamp} or a link's target, so any edit, new file or removed one gives
 * another text. No content: a hand-edited overlay may hold a secret.
 */
final class FolderStamp {

  static final String MISSING = "missing";

  private FolderStamp() {}

  /**
   * The folder's text; {@link #MISSING} when there is none; null when it cannot be read, or a file in
   * it changed after {@code changedBefore} (epoch milliseconds), too recently to tell by its stamp.
   */
  static String of(Path folder, long changedBefore) {
    try {
      if (InputLog.stampOfLink(folder) == null) {
        return MISSING;
      }
      // A chart folder that is a link is walked where it points (the walk does not follow links).
      Path real = folder.toRealPath();
      StringBuilder text = new StringBuilder().append(real).append('\n');
      for (Path path : sortedPathsUnder(real)) {
        InputLog.Stamp stamp = InputLog.stampOfLink(path);
        if (stamp == null || stamp.changedMillis() > changedBefore) {
          return null;
        }
        text.append(real.relativize(path)).append('\0');
        if (Files.isSymbolicLink(path)) {
          text.append("link ").append(Files.readSymbolicLink(path));
        } else if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
          text.append("folder"); // its own times change with every file written in it, even a scratch one
        } else {
          text.append(stamp.text());
        }
        text.append('\n');
      }
      return text.toString();
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  // A visitor, not Files.walk's stream: a replayed run links no lambda, and the first costs ~10 ms on JDK 17.
  private static List<Path> sortedPathsUnder(Path root) throws IOException {
    List<Path> paths = new ArrayList<>();
    Files.walkFileTree(root, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
        paths.add(dir);
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
        paths.add(file);
        return FileVisitResult.CONTINUE;
      }
    });
    Collections.sort(paths);
    return paths;
  }
}
