package io.compose2helm.compose.env;

/** What a {@code ${NAME<op>argument}} expression does when the variable is unset or empty. */
enum Modifier {
  NONE(""),
  DEFAULT_IF_UNSET_OR_EMPTY(":-"),
  DEFAULT_IF_UNSET("-"),
  REQUIRED_NON_EMPTY(":?"),
  REQUIRED_SET("?"),
  ALTERNATIVE_IF_NON_EMPTY(":+"),
  ALTERNATIVE_IF_SET("+");

  private final String symbol;

  Modifier(String symbol) {
    this.symbol = symbol;
  }

  String symbol() {
    return symbol;
  }

  /** The colon forms treat an empty value like an unset one; the bare forms only look at "set". */
  boolean treatsEmptyAsUnset() {
    return symbol.startsWith(":");
  }

  /** @return the modifier for a symbol character ('-', '?' or '+'), or null when unknown */
  static Modifier of(boolean colon, char symbol) {
    String wanted = (colon ? ":" : "") + symbol;
    for (Modifier modifier : values()) {
      if (modifier != NONE && modifier.symbol.equals(wanted)) {
        return modifier;
      }
    }
    return null;
  }
}
