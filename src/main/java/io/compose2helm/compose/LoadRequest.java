package io.compose2helm.compose;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What to load.
 *
 * @param composeFiles the Compose files, in order (later files override earlier ones)
 * @param envFiles explicit env files; when empty, {@code .env} and then {@code .env.ecosystem}
 *     beside the first Compose file are read when present
 * @param processEnvironment the process environment, or an empty map when it must not be read
 * @param projectName a project name that overrides the file's {@code name:}, or {@code null}
 */
public record LoadRequest(
    List<Path> composeFiles,
    List<Path> envFiles,
    Map<String, String> processEnvironment,
    String projectName) {}
