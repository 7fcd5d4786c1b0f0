package io.compose2helm.compose;

import io.compose2helm.diagnostics.SourceLocation;

/**
 * One environment variable of a service.
 *
 * @param rawValue the value before interpolation (as written in the Compose file or env_file), so a
 *     consumer can tell which variables it embeds; {@code null} for a bare key
 * @param value the value after interpolation; {@code null} for a bare key with no value anywhere
 * @param origin where the variable was declared
 */
public record EnvVar(
    String name, String rawValue, String value, Origin origin, SourceLocation location) {

  public enum Origin {
    /** The service's {@code environment:} key. */
    ENVIRONMENT,
    /** A file named by the service's {@code env_file:} key. */
    ENV_FILE
  }
}
