package io.compose2helm.compose.env;

import io.compose2helm.compose.env.TemplatePart.Literal;
import io.compose2helm.compose.env.TemplatePart.Reference;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns Compose template text into {@link TemplatePart}s. Parsing is separate from evaluation so
 * that defaults are only evaluated when used (an unused {@code ${B:?}} inside a default must not
 * fail) while syntax errors are still found everywhere.
 */
final class TemplateParser {

  // Parsing and evaluation recurse per nested default; far deeper than any real template.
  static final int MAX_NESTING = 100;

  private final String text;
  private int pos;
  private int depth;

  private TemplateParser(String text) {
    this.text = text;
  }

  static List<TemplatePart> parse(String text) {
    TemplateParser parser = new TemplateParser(text);
    return parser.sequence(null);
  }

  static boolean isNameStart(char c) {
    return c == '_' || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  }

  static boolean isNamePart(char c) {
    return isNameStart(c) || (c >= '0' && c <= '9');
  }

  /**
   * Reads parts until the end of the text or, inside an argument of {@code owner}, until the
   * closing brace that matches its {@code ${}. Plain braces in an argument nest, so
   * {@code ${A:-{x}}} has the default {@code {x}}.
   */
  private List<TemplatePart> sequence(String owner) {
    List<TemplatePart> parts = new ArrayList<>();
    StringBuilder literal = new StringBuilder();
    int braceDepth = 0;
    while (pos < text.length()) {
      char c = text.charAt(pos);
      if (c == '$') {
        TemplatePart part = dollar();
        if (part instanceof Literal l) {
          literal.append(l.text());
        } else {
          flush(literal, parts);
          parts.add(part);
        }
        continue;
      }
      if (owner != null && c == '{') {
        braceDepth++;
      } else if (owner != null && c == '}') {
        if (braceDepth == 0) {
          pos++;
          flush(literal, parts);
          return parts;
        }
        braceDepth--;
      }
      literal.append(c);
      pos++;
    }
    if (owner != null) {
      throw unterminated(owner);
    }
    flush(literal, parts);
    return parts;
  }

  /** Handles the text at a '$': an escape, a reference, or a lone dollar kept as is. */
  private TemplatePart dollar() {
    char next = pos + 1 < text.length() ? text.charAt(pos + 1) : '\0';
    if (next == '$') {
      pos += 2;
      return new Literal("$");
    }
    if (next == '{') {
      int start = pos;
      pos += 2;
      return braced(start);
    }
    if (isNameStart(next)) {
      pos++;
      return new Reference(name(), Modifier.NONE, List.of(), "");
    }
    // Compose users write "cost $ 5" or a trailing "$"; keeping it beats failing the whole file.
    pos++;
    return new Literal("$");
  }

  private TemplatePart braced(int start) {
    int column = start + 1;
    if (pos >= text.length()) {
      throw new TemplateSyntaxException("unterminated '${' at character " + column + ": missing '}'");
    }
    if (text.charAt(pos) == '}') {
      throw new TemplateSyntaxException("empty variable name '${}' at character " + column);
    }
    if (!isNameStart(text.charAt(pos))) {
      throw invalidName(column);
    }
    String name = name();
    if (pos >= text.length()) {
      throw unterminated(name);
    }
    char c = text.charAt(pos);
    if (c == '}') {
      pos++;
      return new Reference(name, Modifier.NONE, List.of(), "");
    }
    boolean colon = c == ':';
    char symbol = colon ? charAtOrNul(pos + 1) : c;
    Modifier modifier = Modifier.of(colon, symbol);
    if (modifier == null) {
      if (colon) {
        throw new TemplateSyntaxException(
            "unsupported modifier after '${" + name + ":' at character " + column
                + ": expected ':-', ':?' or ':+'");
      }
      throw invalidName(column);
    }
    pos += modifier.symbol().length();
    int argumentStart = pos;
    if (++depth > MAX_NESTING) {
      throw new TemplateSyntaxException(
          "'${' nested deeper than " + MAX_NESTING + " levels at character " + column);
    }
    List<TemplatePart> argument = sequence(name);
    depth--;
    String rawArgument = text.substring(argumentStart, pos - 1);
    return new Reference(name, modifier, argument, rawArgument);
  }

  private String name() {
    int start = pos;
    while (pos < text.length() && isNamePart(text.charAt(pos))) {
      pos++;
    }
    return text.substring(start, pos);
  }

  private char charAtOrNul(int index) {
    return index < text.length() ? text.charAt(index) : '\0';
  }

  private static TemplateSyntaxException unterminated(String name) {
    return new TemplateSyntaxException("unterminated '${" + name + "': missing '}'");
  }

  // Deliberately does not quote the bad name: it could be part of a secret value.
  private static TemplateSyntaxException invalidName(int column) {
    return new TemplateSyntaxException(
        "invalid variable name in '${...}' at character " + column
            + ": names start with a letter or '_' and contain only letters, digits and '_'");
  }

  private static void flush(StringBuilder literal, List<TemplatePart> parts) {
    if (!literal.isEmpty()) {
      parts.add(new Literal(literal.toString()));
      literal.setLength(0);
    }
  }
}
