package io.compose2helm.kube;

import io.compose2helm.compose.Service;
import java.time.Duration;

/**
 * A Compose duration as a Kubernetes seconds field ({@code periodSeconds},
 * {@code terminationGracePeriodSeconds}, ...). Compose allows durations up to about 292 years;
 * the chart's fields hold a 32-bit count of seconds, so a longer duration is an error at its key
 * instead of a wrapped-around number.
 */
final class KubeSeconds {

  static final long MAX = Integer.MAX_VALUE;

  private KubeSeconds() {}

  /** Whole seconds, rounded up, at least 1; reports an error at {@code key} when too long. */
  static int of(Duration duration, Service service, String key, MappingContext context) {
    long seconds = roundedUp(duration);
    if (seconds > MAX) {
      context.diagnostics().error(service.location(), key,
          "the duration is too long: Kubernetes holds at most " + MAX + "s (about 68 years)");
      return 1;
    }
    return (int) seconds;
  }

  /** Whole seconds, rounded up, at least 1: Kubernetes timings have no finer unit. */
  static long roundedUp(Duration duration) {
    // Compose durations fit in 64-bit nanoseconds, so their milliseconds cannot overflow here.
    return Math.max(1, (duration.toMillis() + 999) / 1000);
  }

  /** A count Kubernetes holds in 32 bits, such as {@code failureThreshold}. */
  static int bounded(long value, Service service, String key, String what, MappingContext context) {
    if (value > MAX) {
      context.diagnostics().error(service.location(), key,
          "too large: Kubernetes holds at most " + MAX + " for " + what);
      return 1;
    }
    return (int) value;
  }
}
