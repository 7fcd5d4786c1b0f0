package io.compose2helm.compose;

import io.compose2helm.diagnostics.SourceLocation;

/**
 * A service's {@code network_mode}: {@code bridge}, {@code host}, {@code none}, {@code service:NAME}
 * or {@code container:NAME}, with where it is written.
 */
public record NetworkMode(String value, SourceLocation location) {

  public static final String HOST = "host";
  public static final String NONE = "none";
  static final String SERVICE_PREFIX = "service:";
  private static final String CONTAINER_PREFIX = "container:";

  /** The service or container whose network this mode shares, or null when it shares none. */
  public String sharedWith() {
    if (value.startsWith(SERVICE_PREFIX)) {
      return value.substring(SERVICE_PREFIX.length());
    }
    return value.startsWith(CONTAINER_PREFIX) ? value.substring(CONTAINER_PREFIX.length()) : null;
  }
}
