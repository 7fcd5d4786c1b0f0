package io.compose2helm.compose;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses Go duration strings as Compose uses them: {@code 1m30s}, {@code 500ms}, {@code 1.5h}. */
final class DurationParser {

  private static final Pattern PART = Pattern.compile("(\\d+(?:\\.\\d*)?|\\.\\d+)(ns|us|µs|μs|ms|s|m|h)");
  private static final Map<String, Long> NANOS_PER_UNIT =
      Map.of(
          "ns", 1L,
          "us", 1_000L,
          "µs", 1_000L,
          "μs", 1_000L,
          "ms", 1_000_000L,
          "s", 1_000_000_000L,
          "m", 60_000_000_000L,
          "h", 3_600_000_000_000L);

  private DurationParser() {}

  /** @throws IllegalArgumentException when the text is not a Go duration */
  static Duration parse(String text) {
    String trimmed = text.trim();
    if (trimmed.equals("0")) {
      return Duration.ZERO;
    }
    Duration whole = wholeAmounts(trimmed);
    if (whole != null) {
      return whole;
    }
    Matcher matcher = PART.matcher(trimmed);
    BigDecimal nanos = BigDecimal.ZERO;
    int position = 0;
    while (position < trimmed.length()) {
      if (!matcher.find(position) || matcher.start() != position) {
        throw new IllegalArgumentException(
            "'" + text + "' is not a duration (use a number with a unit: 1m30s, 500ms, 10s, 1h)");
      }
      BigDecimal amount = new BigDecimal(matcher.group(1));
      nanos = nanos.add(amount.multiply(BigDecimal.valueOf(NANOS_PER_UNIT.get(matcher.group(2)))));
      position = matcher.end();
    }
    if (position == 0) {
      throw new IllegalArgumentException("'" + text + "' is not a duration");
    }
    // Compose holds durations as Go does, in a signed 64-bit count of nanoseconds.
    if (nanos.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
      throw new IllegalArgumentException(
          "'" + text + "' is too long: a duration can be at most " + GoDurations.format(Duration.ofNanos(Long.MAX_VALUE))
              + " (about 292 years)");
    }
    return Duration.ofNanos(nanos.longValue());
  }

  /**
   * The duration when every part is a whole number ({@code 10s}, {@code 1m30s}) that fits, by long
   * arithmetic; else null, and the exact path reads it (and reports what is wrong). Nearly every
   * healthcheck is written so, and BigDecimal's class initialisation alone costs JDK 25 about 20 ms.
   */
  private static Duration wholeAmounts(String text) {
    Matcher matcher = PART.matcher(text);
    long nanos = 0;
    int position = 0;
    try {
      while (position < text.length()) {
        if (!matcher.find(position) || matcher.start() != position) {
          return null;
        }
        String amount = matcher.group(1);
        if (amount.indexOf('.') >= 0 || amount.length() > 18) {
          return null;
        }
        nanos = Math.addExact(nanos, Math.multiplyExact(Long.parseLong(amount), NANOS_PER_UNIT.get(matcher.group(2))));
        position = matcher.end();
      }
    } catch (ArithmeticException e) {
      return null;
    }
    return position == 0 ? null : Duration.ofNanos(nanos);
  }
}
