package io.compose2helm.compose;

import io.compose2helm.diagnostics.InputLog;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The file names {@code docker compose} looks for when no {@code -f} is given. */
public final class ComposeFileNames {

  /** In Compose's order of preference. */
  static final List<String> DEFAULT_FILES =
      List.of("compose.yaml", "compose.yml", "docker-compose.yml", "docker-compose.yaml");

  private ComposeFileNames() {}

  /** The default Compose file in {@code dir}, if there is one. */
  public static Optional<Path> defaultFile(Path dir) {
    return firstFile(dir, DEFAULT_FILES);
  }

  /** The override file Compose reads after {@code composeFile}, when that file has a default name. */
  static Optional<Path> overrideFor(Path composeFile) {
    String name = composeFile.getFileName().toString();
    if (!DEFAULT_FILES.contains(name)) {
      return Optional.empty();
    }
    String stem = name.substring(0, name.lastIndexOf('.'));
    Path dir = composeFile.getParent() == null ? Path.of("") : composeFile.getParent();
    return firstFile(dir, List.of(stem + ".override.yaml", stem + ".override.yml"));
  }

  /** The first of {@code names} that is a regular file in {@code dir}. */
  private static Optional<Path> firstFile(Path dir, List<String> names) {
    for (String name : names) {
      Path candidate = dir.resolve(name);
      if (InputLog.isRegularFile(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }
}
