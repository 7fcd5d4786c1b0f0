package io.compose2helm.compose;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What to load.
 *
 * @param composeFiles the Compose files, in order (later files override earlier ones)
 * @param envFiles explicit env files; when empty, {@code .env} and then {@code .env.ecosystem}
 *     beside the first Compose file are read when present
 * @param processEnvironment the process environment, or an empty map when it must not be read
 * @param projectName a project name that overrides the file's {@code name:}, or {@code null}
 * @param profiles the active profiles ({@code --profile}); {@code *} activates every profile
 * @param readOverrideFile whether a lone default-named file ({@code docker-compose.yml}, {@code
 *     compose.yaml}, ...) brings in the override file beside it, as {@code docker compose} does
 *     when no {@code -f} is given
 */
public record LoadRequest(
    List<Path> composeFiles,
    List<Path> envFiles,
    Map<String, String> processEnvironment,
    String projectName,
    Set<String> profiles,
    boolean readOverrideFile) {

  public LoadRequest {
    profiles = profiles == null ? Set.of() : Set.copyOf(profiles);
  }

  /** A request with no active profile that reads exactly the files given. */
  public LoadRequest(
      List<Path> composeFiles, List<Path> envFiles, Map<String, String> processEnvironment, String projectName) {
    this(composeFiles, envFiles, processEnvironment, projectName, Set.of(), false);
  }
}
