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
    Matcher matcher = PART.matcher(trimmed);
    // Whole parts that fit add up as a long; the first part that does not (a fraction, or an
    // overflow) moves the sum to BigDecimal. Nearly every healthcheck is whole, and BigDecimal's
    // class initialisation alone costs JDK 25 about 20 ms.
    long whole = 0;
    BigDecimal exact = null;
    int position = 0;
    while (position < trimmed.length()) {
      if (!matcher.find(position) || matcher.start() != position) {
        throw new IllegalArgumentException(
            "'" + text + "' is not a duration (use a number with a unit: 1m30s, 500ms, 10s, 1h)");
      }
      String amount = matcher.group(1);
      long unit = NANOS_PER_UNIT.get(matcher.group(2));
      Long sum = exact == null ? wholeSum(whole, amount, unit) : null;
      if (sum != null) {
        whole = sum;
      } else {
        exact = (exact == null ? BigDecimal.valueOf(whole) : exact)
            .add(new BigDecimal(amount).multiply(BigDecimal.valueOf(unit)));
      }
      position = matcher.end();
    }
    if (position == 0) {
      throw new IllegalArgumentException("'" + text + "' is not a duration");
    }
    // Compose holds durations as Go does, in a signed 64-bit count of nanoseconds.
    if (exact != null && exact.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
      throw new IllegalArgumentException(
          "'" + text + "' is too long: a duration can be at most " + GoDurations.format(Duration.ofNanos(Long.MAX_VALUE))
              + " (about 292 years)");
    }
    return Duration.ofNanos(exact == null ? whole : exact.longValue());
  }

  /** {@code sum + amount * unit} when the amount is whole and the result fits a long, else null. */
  private static Long wholeSum(long sum, String amount, long unit) {
    if (amount.indexOf('.') >= 0 || amount.length() > 18) {
      return null;
    }
    try {
      return Math.addExact(sum, Math.multiplyExact(Long.parseLong(amount), unit));
    } catch (ArithmeticException e) {
      return null;
    }
  }
}
