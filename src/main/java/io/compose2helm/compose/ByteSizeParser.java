package io.compose2helm.compose;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses Compose byte sizes: a number with an optional unit b, k/kb, m/mb, g/gb (case-insensitive,
 * powers of 1024, as Docker does), for example {@code 512m}, {@code 1.5gb}, {@code 100k}.
 */
public final class ByteSizeParser {

  private static final Pattern SIZE = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*([bkmgtp]?)b?");

  private ByteSizeParser() {}

  /** @throws IllegalArgumentException when the text is not a byte size, or is above 8 EiB */
  public static long parse(String text) {
    Matcher matcher = SIZE.matcher(text.trim().toLowerCase(Locale.ROOT));
    if (!matcher.matches()) {
      throw new IllegalArgumentException(
          "'" + text + "' is not a byte size (use a number with an optional unit: 512m, 1g, 100k)");
    }
    int power = "bkmgtp".indexOf(matcher.group(2).isEmpty() ? "b" : matcher.group(2));
    String number = matcher.group(1);
    if (number.length() <= 9 && number.indexOf('.') < 0) {
      // A whole number is multiplied as a long, without the BigDecimal that every service's memory
      // limit paid for; an overflow falls through to the exact path, which reports it.
      try {
        return Math.multiplyExact(Long.parseLong(number), 1L << (10 * power));
      } catch (ArithmeticException e) {
        // above 8 EiB: the exact path below says so
      }
    }
    BigDecimal bytes = new BigDecimal(matcher.group(1)).multiply(BigDecimal.valueOf(1024).pow(power));
    // Docker holds sizes in a signed 64-bit count of bytes.
    if (bytes.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
      throw new IllegalArgumentException(
          "'" + text + "' is too large: a byte size can be at most 8 EiB (" + Long.MAX_VALUE + " bytes)");
    }
    return bytes.longValue();
  }
}
