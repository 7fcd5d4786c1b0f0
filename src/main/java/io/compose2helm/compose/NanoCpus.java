package io.compose2helm.compose;

import java.math.BigDecimal;

/**
 * CPU counts as Docker holds them, in billionths of a CPU. The plain forms nearly every Compose file
 * writes ({@code 0.5}, {@code 2}, {@code .25}) are read with long arithmetic; any other form goes
 * through {@link BigDecimal}, whose class initialisation alone costs JDK 25 about 20 ms of CPU per run.
 */
public final class NanoCpus {

  private static final long PER_CPU = 1_000_000_000L;
  // Docker's limit: an int64 of nano-CPUs holds at most this many whole CPUs.
  private static final long MAX_WHOLE = Long.MAX_VALUE / PER_CPU;
  private static final int MAX_WHOLE_DIGITS = 10;
  private static final int MAX_DECIMALS = 9;

  private NanoCpus() {}

  /**
   * The count in billionths of a CPU, or -1 when the text is not plain (digits with an optional
   * decimal point, at most {@value #MAX_DECIMALS} decimals) or is more than Docker holds: the caller's
   * exact path then judges it.
   */
  public static long ofPlain(String text) {
    long whole = 0;
    long fraction = 0;
    int wholeDigits = 0;
    int decimals = -1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '.' && decimals < 0) {
        decimals = 0;
      } else if (c < '0' || c > '9') {
        return -1;
      } else if (decimals < 0) {
        if (++wholeDigits > MAX_WHOLE_DIGITS) {
          return -1;
        }
        whole = whole * 10 + (c - '0');
      } else {
        if (++decimals > MAX_DECIMALS) {
          return -1;
        }
        fraction = fraction * 10 + (c - '0');
      }
    }
    if (wholeDigits == 0 && decimals <= 0 || whole > MAX_WHOLE || whole == MAX_WHOLE && fraction > 0) {
      return -1;
    }
    for (int i = Math.max(decimals, 0); i < MAX_DECIMALS; i++) {
      fraction *= 10;
    }
    return whole * PER_CPU + fraction;
  }

  /** Compares two CPU counts that {@link DeployParser} accepted. */
  public static int compare(String left, String right) {
    long a = ofPlain(left.trim());
    long b = ofPlain(right.trim());
    if (a >= 0 && b >= 0) {
      return Long.compare(a, b);
    }
    return new BigDecimal(left.trim()).compareTo(new BigDecimal(right.trim()));
  }
}
