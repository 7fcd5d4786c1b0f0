package io.compose2helm.compose;

/**
 * {@code deploy.restart_policy}: when the engine restarts the container.
 *
 * @param condition {@code none}, {@code on-failure} or {@code any} (the Compose default)
 * @param maxAttempts how many restarts are tried before giving up, or {@code null} for no bound
 */
public record RestartPolicy(String condition, Integer maxAttempts) {}
