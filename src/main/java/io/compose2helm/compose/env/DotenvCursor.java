package io.compose2helm.compose.env;

/**
 * Walks dotenv text one character at a time while keeping the 1-based line and column, so that
 * errors after a multi-line quoted value still point at the right line.
 */
final class DotenvCursor {

  private final String text;
  private int pos;
  private int line = 1;
  private int column = 1;

  DotenvCursor(String text) {
    this.text = text;
  }

  boolean atEnd() {
    return pos >= text.length();
  }

  /** The current character, or '\0' at the end. */
  char peek() {
    return atEnd() ? '\0' : text.charAt(pos);
  }

  char peekAt(int ahead) {
    int index = pos + ahead;
    return index < text.length() ? text.charAt(index) : '\0';
  }

  char next() {
    char c = text.charAt(pos++);
    if (c == '\n') {
      line++;
      column = 1;
    } else {
      column++;
    }
    return c;
  }

  boolean startsWith(String prefix) {
    return text.startsWith(prefix, pos);
  }

  int line() {
    return line;
  }

  int column() {
    return column;
  }

  /** Skips spaces and tabs, never a line break. */
  void skipInlineSpace() {
    while (isInlineSpace(peek())) {
      next();
    }
  }

  /** Skips to the line break (which stays unread) or the end. */
  void skipToEndOfLine() {
    while (!atEnd() && peek() != '\n') {
      next();
    }
  }

  /** Reads up to the line break (which stays unread) or the end. */
  String readToEndOfLine() {
    StringBuilder out = new StringBuilder();
    while (!atEnd() && peek() != '\n') {
      out.append(next());
    }
    return out.toString();
  }

  static boolean isInlineSpace(char c) {
    return c == ' ' || c == '\t' || c == '\f' || c == '\u000B' || c == '\r';
  }
}
