package io.compose2helm.compose;

import java.time.Duration;

/** Prints durations as Go does ({@code 1m30s}, {@code 500ms}), the way {@code docker compose config} shows them. */
final class GoDurations {

  private GoDurations() {}

  static String format(Duration duration) {
    if (duration.isZero()) {
      return "0s";
    }
    long millis = duration.toMillis();
    if (millis < 1000) {
      return millis + "ms";
    }
    long hours = duration.toHours();
    int minutes = duration.toMinutesPart();
    int seconds = duration.toSecondsPart();
    int fraction = duration.toMillisPart();
    String secondsText = fraction == 0 ? seconds + "s" : seconds + "." + String.format("%03d", fraction).replaceAll("0+$", "") + "s";
    if (hours > 0) {
      return hours + "h" + minutes + "m" + secondsText;
    }
    return minutes > 0 ? minutes + "m" + secondsText : secondsText;
  }
}
