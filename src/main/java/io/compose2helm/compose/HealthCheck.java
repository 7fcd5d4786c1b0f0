package io.compose2helm.compose;

import java.time.Duration;
import java.util.List;

/**
 * A service healthcheck. Durations and retries are {@code null} when not given, so consumers apply
 * their own defaults.
 *
 * @param kind how {@code test} is run
 * @param test for {@link Kind#EXEC} the argv; for {@link Kind#SHELL} a single shell command line
 * @param disabled {@code disable: true} or {@code test: ["NONE"]}
 */
public record HealthCheck(
    Kind kind,
    List<String> test,
    Duration interval,
    Duration timeout,
    Integer retries,
    Duration startPeriod,
    Duration startInterval,
    boolean disabled) {

  public enum Kind {
    /** {@code ["CMD", ...]}: argv run directly. */
    EXEC,
    /** {@code ["CMD-SHELL", "..."]} or a plain string: run by {@code /bin/sh -c}. */
    SHELL,
    /** {@code ["NONE"]}, or only timing was given (it then inherits the image's check). */
    NONE
  }
}
