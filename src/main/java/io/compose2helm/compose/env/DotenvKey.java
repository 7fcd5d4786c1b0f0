package io.compose2helm.compose.env;

import io.compose2helm.diagnostics.InputException;
import io.compose2helm.diagnostics.SourceLocation;

/**
 * The variable name at the start of a dotenv statement.
 *
 * @param name the variable name
 * @param bare true for a line holding only a name, whose value comes from the environment
 */
record DotenvKey(String name, boolean bare) {

  /**
   * Reads a name and consumes the '=' or ':' after it. A bare line's line break stays unread.
   *
   * @throws InputException on an empty name or a character Compose does not allow in names
   */
  static DotenvKey read(DotenvCursor cursor, String fileName) {
    int line = cursor.line();
    int column = cursor.column();
    StringBuilder raw = new StringBuilder();
    boolean bare = true;
    while (!cursor.atEnd() && cursor.peek() != '\n') {
      char c = cursor.next();
      if (c == '=' || c == ':') {
        bare = false;
        break;
      }
      raw.append(c);
    }
    String text = raw.toString();
    if (bare) {
      int comment = InlineComment.start(text, false);
      text = comment < 0 ? text : text.substring(0, comment);
    }
    String name = text.stripTrailing();
    // A bare line might be a stray secret pasted into the file, so only a name that sits before a
    // separator is repeated in the message.
    String reportedKey = bare ? "" : name;
    if (name.isEmpty()) {
      throw new InputException(
          new SourceLocation(fileName, line, column), reportedKey, "missing variable name before '='");
    }
    for (int i = 0; i < name.length(); i++) {
      if (!isNameCharacter(name.charAt(i))) {
        String what = DotenvCursor.isInlineSpace(name.charAt(i)) ? "a space" : "an invalid character";
        throw new InputException(
            new SourceLocation(fileName, line, column + i),
            reportedKey,
            "variable name contains " + what
                + "; names may only use letters, digits, '_', '.', '-', '[' and ']'");
      }
    }
    return new DotenvKey(name, bare);
  }

  private static boolean isNameCharacter(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == '-' || c == '[' || c == ']';
  }
}
