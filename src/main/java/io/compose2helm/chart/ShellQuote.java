package io.compose2helm.chart;

/**
 * Quotes a value as one bash word. Single quotes make bash take every character literally
 * ({@code $}, backticks, {@code \}, globs, newlines); only a single quote itself needs the
 * close-escape-reopen dance {@code '\''}.
 */
public final class ShellQuote {

  private ShellQuote() {}

  /** @return {@code value} as a single-quoted bash word; {@code ''} for the empty string */
  public static String quote(String value) {
    if (value.indexOf('\0') >= 0) {
      // Bash strings end at NUL, so the value could not survive the round trip.
      throw new IllegalArgumentException("a shell word cannot contain a NUL character");
    }
    return "'" + value.replace("'", "'\\''") + "'";
  }
}
