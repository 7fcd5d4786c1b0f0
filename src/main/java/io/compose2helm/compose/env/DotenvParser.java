package io.compose2helm.compose.env;

import io.compose2helm.diagnostics.Diagnostics;
import io.compose2helm.diagnostics.InputException;
import io.compose2helm.diagnostics.SourceLocation;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Parses Compose-style dotenv files: {@code KEY=value}, {@code KEY: value}, {@code export KEY=value},
 * bare {@code KEY} lines, unquoted, single- and double-quoted (possibly multi-line) values, inline
 * comments and {@code ${...}} expansion in unquoted and double-quoted values.
 *
 * <p>Error messages name the file, line, column and key but never a value: values are often
 * secrets, and messages end up in CI logs.
 */
public final class DotenvParser {

  private static final char BYTE_ORDER_MARK = '\uFEFF';

  /**
   * Parses one dotenv file.
   *
   * @param fileName the name used in messages (as the user gave it)
   * @param content the file text
   * @param lookup values of variables from outside the file (for bare keys, and for {@code ${}}
   *     expansion, where they win over keys defined earlier in the file); returns {@code null} when unset
   * @return the variables in file order
   * @throws io.compose2helm.diagnostics.InputException naming file and line on a syntax error
   */
  public Map<String, String> parse(String fileName, String content, Function<String, String> lookup) {
    return new Run(fileName, normalize(content), lookup).parse();
  }

  private static String normalize(String content) {
    String text = content == null ? "" : content;
    if (!text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK) {
      text = text.substring(1);
    }
    return text.replace("\r\n", "\n");
  }

  /** The state of parsing one file. */
  private static final class Run {
    private final String fileName;
    private final DotenvCursor cursor;
    private final Function<String, String> lookup; // null: nothing is set outside the file
    private final Map<String, String> variables = new LinkedHashMap<>();
    // The outside lookup (the process environment, then earlier files) wins over the file's own
    // earlier keys, as compose-go's expandVariables asks its lookup first.
    private final Interpolator interpolator;
    // The dotenv API has no place for warnings; Compose itself is silent about unset names here.
    private final Diagnostics ignoredWarnings = new Diagnostics();

    Run(String fileName, String text, Function<String, String> lookup) {
      this.fileName = fileName;
      this.cursor = new DotenvCursor(text);
      this.lookup = lookup;
      this.interpolator = new Interpolator(VariableLookups.firstSetting(lookup, variables));
    }

    Map<String, String> parse() {
      while (skipBlankAndCommentLines()) {
        statement();
      }
      return variables;
    }

    /** @return true when a statement follows */
    private boolean skipBlankAndCommentLines() {
      while (!cursor.atEnd()) {
        char c = cursor.peek();
        if (c == '\n' || DotenvCursor.isInlineSpace(c)) {
          cursor.next();
        } else if (c == '#') {
          cursor.skipToEndOfLine();
        } else {
          return true;
        }
      }
      return false;
    }

    private void statement() {
      skipExportPrefix();
      DotenvKey key = DotenvKey.read(cursor, fileName);
      if (key.bare()) {
        String inherited = lookup == null ? null : lookup.apply(key.name());
        if (inherited != null) {
          variables.put(key.name(), inherited);
        }
        return;
      }
      boolean spaceBeforeValue = DotenvCursor.isInlineSpace(cursor.peek());
      cursor.skipInlineSpace();
      SourceLocation valueStart = here();
      char first = cursor.peek();
      String value;
      if (first == '\'' || first == '"') {
        value = quotedValue(key.name(), first);
      } else {
        value = interpolate(unquotedValue(spaceBeforeValue), valueStart, key.name());
      }
      variables.put(key.name(), value);
    }

    private void skipExportPrefix() {
      if (cursor.startsWith("export") && DotenvCursor.isInlineSpace(cursor.peekAt(6))) {
        for (int i = 0; i < 6; i++) {
          cursor.next();
        }
        cursor.skipInlineSpace();
      }
    }

    /** An inline comment needs whitespace before '#', so {@code A=1#x} keeps {@code 1#x}. */
    private String unquotedValue(boolean spaceBeforeValue) {
      String line = cursor.readToEndOfLine();
      int comment = InlineComment.start(line, spaceBeforeValue);
      String value = comment < 0 ? line : line.substring(0, comment);
      return value.strip();
    }

    private String quotedValue(String key, char quote) {
      SourceLocation opening = here();
      cursor.next();
      StringBuilder raw = new StringBuilder();
      boolean closed = false;
      while (!cursor.atEnd()) {
        char c = cursor.next();
        if (c == quote) {
          closed = true;
          break;
        }
        raw.append(c);
        // A backslash protects the next character from closing the value.
        if (c == '\\' && !cursor.atEnd()) {
          raw.append(cursor.next());
        }
      }
      if (!closed) {
        String kind = quote == '"' ? "double-quoted" : "single-quoted";
        throw new InputException(
            opening, key, "unterminated " + kind + " value: missing closing " + quote);
      }
      expectEndOfStatement(key);
      if (quote == '\'') {
        return raw.toString().replace("\\'", "'");
      }
      return interpolate(DoubleQuoteEscapes.apply(raw.toString()), opening, key);
    }

    /** After a closing quote only whitespace and a comment may follow on the same line. */
    private void expectEndOfStatement(String key) {
      cursor.skipInlineSpace();
      char c = cursor.peek();
      if (c == '#') {
        cursor.skipToEndOfLine();
      } else if (c != '\n' && !cursor.atEnd()) {
        throw new InputException(
            here(), key, "unexpected text after the closing quote; quote the whole value");
      }
    }

    private String interpolate(String value, SourceLocation location, String key) {
      return interpolator.interpolate(value, location, key, ignoredWarnings);
    }

    private SourceLocation here() {
      return new SourceLocation(fileName, cursor.line(), cursor.column());
    }
  }

}
