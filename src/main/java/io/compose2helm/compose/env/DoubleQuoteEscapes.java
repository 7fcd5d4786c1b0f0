package io.compose2helm.compose.env;

/** The shell-style escapes allowed in a double-quoted dotenv value. */
final class DoubleQuoteEscapes {

  private DoubleQuoteEscapes() {}

  /**
   * Replaces the known escapes and leaves unknown ones (such as {@code \x}) as written. {@code \$}
   * becomes {@code $$}: the result is interpolated next, and {@code $$} is how the template syntax
   * spells a literal dollar.
   */
  static String apply(String raw) {
    StringBuilder out = new StringBuilder(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c != '\\' || i + 1 == raw.length()) {
        out.append(c);
        continue;
      }
      char escaped = raw.charAt(i + 1);
      String replacement = replacement(escaped);
      if (replacement == null) {
        out.append(c);
      } else {
        out.append(replacement);
        i++;
      }
    }
    return out.toString();
  }

  private static String replacement(char escaped) {
    return switch (escaped) {
      case 'n' -> "\n";
      case 't' -> "\t";
      case 'r' -> "\r";
      case 'a' -> "\u0007";
      case 'b' -> "\b";
      case 'f' -> "\f";
      case 'v' -> "\u000B";
      case '"' -> "\"";
      case '\\' -> "\\";
      case '$' -> "$$";
      default -> null;
    };
  }
}
