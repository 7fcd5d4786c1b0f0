package io.compose2helm.compose.env;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.compose2helm.diagnostics.InputException;
import io.compose2helm.diagnostics.SourceLocation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Conformance table for env files, written from the Compose specification's "env_file" format
 * rules and the docker compose ".env" documentation. Every row parses {@code app.env} with the
 * outside environment {@link #OUTSIDE}.
 */
class DotenvConformanceTest {

  static final Map<String, String> OUTSIDE = Map.of("HOME", "/home/me", "USER", "me", "OUT_EMPTY", "");

  /** Expected variables, written as name, value, name, value... in file order. */
  static Map<String, String> vars(String... namesAndValues) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      map.put(namesAndValues[i], namesAndValues[i + 1]);
    }
    return map;
  }

  static Stream<Arguments> validFiles() {
    return Stream.of(
        // basics
        arguments("empty file", "", vars()),
        arguments("simple", "A=1", vars("A", "1")),
        arguments("two lines", "A=1\nB=2\n", vars("A", "1", "B", "2")),
        arguments("file order kept", "Z=1\nA=2\nM=3", vars("Z", "1", "A", "2", "M", "3")),
        arguments("later wins, first position kept", "A=1\nB=2\nA=3", vars("A", "3", "B", "2")),
        arguments("empty value", "A=", vars("A", "")),
        arguments("empty value then more", "A=\nB=2", vars("A", "", "B", "2")),
        arguments("equals in value", "A=b=c", vars("A", "b=c")),
        arguments("url value", "URL=postgres://u:p@db:5432/x?ssl=true", vars("URL", "postgres://u:p@db:5432/x?ssl=true")),
        arguments("lowercase key", "lower=1", vars("lower", "1")),
        arguments("key with dot dash brackets", "a.b-c[0]=1", vars("a.b-c[0]", "1")),
        arguments("key with digits first", "1A=1", vars("1A", "1")),
        arguments("unicode key", "ÄNDERUNG=1", vars("ÄNDERUNG", "1")),
        arguments("unicode value", "GREETING=grüß dich ✓", vars("GREETING", "grüß dich ✓")),
        // whitespace
        arguments("spaces around equals", "A = 1", vars("A", "1")),
        arguments("leading indentation", "   A=1", vars("A", "1")),
        arguments("tab indentation", "\tA=1", vars("A", "1")),
        arguments("trailing spaces trimmed", "A=1   ", vars("A", "1")),
        arguments("trailing tab trimmed", "A=1\t", vars("A", "1")),
        arguments("inner spaces kept", "A=hello  world", vars("A", "hello  world")),
        arguments("leading spaces of value dropped", "A=    x", vars("A", "x")),
        // blank lines, comments
        arguments("blank lines", "\n\nA=1\n\n\nB=2\n\n", vars("A", "1", "B", "2")),
        arguments("whitespace-only lines", "  \n\t\nA=1", vars("A", "1")),
        arguments("comment line", "# comment\nA=1", vars("A", "1")),
        arguments("indented comment", "   # comment\nA=1", vars("A", "1")),
        arguments("comment with equals", "#A=1\nB=2", vars("B", "2")),
        arguments("comment at end without newline", "A=1\n# end", vars("A", "1")),
        // inline comments in unquoted values
        arguments("inline comment after space", "A=1 #x", vars("A", "1")),
        arguments("inline comment after tab", "A=1\t#x", vars("A", "1")),
        arguments("hash without space kept", "A=1#x", vars("A", "1#x")),
        arguments("colour code kept", "COLOR=#ff0000", vars("COLOR", "#ff0000")),
        arguments("url fragment kept", "URL=http://x/#top", vars("URL", "http://x/#top")),
        arguments("comment after space only value", "A= #just a comment", vars("A", "")),
        arguments("first spaced hash wins", "A=a#b c #d #e", vars("A", "a#b c")),
        arguments("bare key with comment", "HOME # from outside", vars("HOME", "/home/me")),
        // export
        arguments("export prefix", "export A=1", vars("A", "1")),
        arguments("export with extra spaces", "export    A=1", vars("A", "1")),
        arguments("export with tab", "export\tA=1", vars("A", "1")),
        arguments("export as key name", "export=1", vars("export", "1")),
        arguments("export-like key", "exporter=1", vars("exporter", "1")),
        arguments("export bare key", "export HOME", vars("HOME", "/home/me")),
        arguments("export double-quoted", "export A=\"x y\"", vars("A", "x y")),
        // colon form
        arguments("colon form", "A: 1", vars("A", "1")),
        arguments("colon form no space", "A:1", vars("A", "1")),
        arguments("colon form value with colon", "A: b:c", vars("A", "b:c")),
        arguments("colon form quoted", "A: \"x y\"", vars("A", "x y")),
        arguments("equals before colon", "A=b:c", vars("A", "b:c")),
        // bare keys
        arguments("bare key from outside", "HOME", vars("HOME", "/home/me")),
        arguments("bare key unset is left out", "NOPE\nA=1", vars("A", "1")),
        arguments("bare key set empty outside", "OUT_EMPTY", vars("OUT_EMPTY", "")),
        arguments("bare key with trailing spaces", "USER   \nA=1", vars("USER", "me", "A", "1")),
        arguments("bare key keeps earlier file value when unset", "NOPE=1\nNOPE", vars("NOPE", "1")),
        // single quotes
        arguments("single quoted", "A='x y'", vars("A", "x y")),
        arguments("single quoted empty", "A=''", vars("A", "")),
        arguments("single quoted keeps dollar", "A='$HOME'", vars("A", "$HOME")),
        arguments("single quoted keeps braces", "A='${HOME}'", vars("A", "${HOME}")),
        arguments("single quoted keeps escapes", "A='a\\tb\\n'", vars("A", "a\\tb\\n")),
        arguments("single quoted escaped quote", "A='Let\\'s go!'", vars("A", "Let's go!")),
        arguments("single quoted hash", "A='a #b'", vars("A", "a #b")),
        arguments("single quoted double quote inside", "A='say \"hi\"'", vars("A", "say \"hi\"")),
        arguments("single quoted leading spaces kept", "A='  x  '", vars("A", "  x  ")),
        arguments("single quoted comment after", "A='x' # c", vars("A", "x")),
        arguments("single quoted multi-line", "A='one\ntwo'\nB=3", vars("A", "one\ntwo", "B", "3")),
        // double quotes
        arguments("double quoted", "A=\"x y\"", vars("A", "x y")),
        arguments("double quoted empty", "A=\"\"", vars("A", "")),
        arguments("double quoted newline escape", "A=\"a\\nb\"", vars("A", "a\nb")),
        arguments("double quoted tab escape", "A=\"a\\tb\"", vars("A", "a\tb")),
        arguments("double quoted carriage return escape", "A=\"a\\rb\"", vars("A", "a\rb")),
        arguments("double quoted escaped quote", "A=\"{\\\"hello\\\": \\\"json\\\"}\"", vars("A", "{\"hello\": \"json\"}")),
        arguments("double quoted escaped backslash", "A=\"a\\\\b\"", vars("A", "a\\b")),
        arguments("double quoted escaped dollar", "A=\"\\$HOME\"", vars("A", "$HOME")),
        arguments("double quoted unknown escape kept", "A=\"a\\xb\"", vars("A", "a\\xb")),
        arguments("double quoted single quote inside", "A=\"it's\"", vars("A", "it's")),
        arguments("double quoted hash", "A=\"a #b\"", vars("A", "a #b")),
        arguments("double quoted comment after", "A=\"x\" # c", vars("A", "x")),
        arguments("double quoted spaces kept", "A=\"  x  \"", vars("A", "  x  ")),
        arguments("double quoted multi-line", "A=\"one\ntwo\"\nB=3", vars("A", "one\ntwo", "B", "3")),
        arguments("double quoted multi-line with blank", "A=\"x\n\n# not a comment\"", vars("A", "x\n\n# not a comment")),
        arguments("unquoted backslash kept", "A=some\\tvalue", vars("A", "some\\tvalue")),
        arguments("quote in middle of unquoted", "A=a\"b'c", vars("A", "a\"b'c")),
        // expansion
        arguments("unquoted expands outside", "A=$HOME/x", vars("A", "/home/me/x")),
        arguments("unquoted expands braced", "A=${USER}-1", vars("A", "me-1")),
        arguments("double quoted expands", "A=\"${HOME} dir\"", vars("A", "/home/me dir")),
        arguments("earlier key expands", "A=1\nB=${A}2", vars("A", "1", "B", "12")),
        // compose-go asks the outside lookup first (TestSubstitutionsWithOsEnvPrecedence).
        arguments("outside wins over earlier key", "HOME=/root\nB=$HOME", vars("HOME", "/root", "B", "/home/me")),
        arguments("earlier key fills what outside lacks", "A=1\nB=${A}2", vars("A", "1", "B", "12")),
        arguments("self reference uses outside", "HOME=$HOME/bin", vars("HOME", "/home/me/bin")),
        arguments("later key is not visible", "B=${A:-none}\nA=1", vars("B", "none", "A", "1")),
        arguments("default for unset", "A=${NOPE:-dflt}", vars("A", "dflt")),
        arguments("default for empty", "E=\nA=${E:-dflt}", vars("E", "", "A", "dflt")),
        arguments("dash default keeps empty", "E=\nA=${E-dflt}", vars("E", "", "A", "")),
        arguments("alternative", "A=${HOME:+set}", vars("A", "set")),
        arguments("nested default", "A=${X:-${Y:-${USER}}}", vars("A", "me")),
        arguments("unset expands to empty", "A=x${NOPE}y", vars("A", "xy")),
        arguments("double dollar escape", "A=$$HOME", vars("A", "$HOME")),
        arguments("lone dollar kept", "PRICE=5 $", vars("PRICE", "5 $")),
        arguments("expanded value not re-expanded", "A='$HOME'\nB=$A", vars("A", "$HOME", "B", "$HOME")),
        arguments("backslash then expansion in double quotes", "A=\"\\\\$USER\"", vars("A", "\\me")),
        arguments("required present", "A=${HOME:?need home}", vars("A", "/home/me")),
        // encodings and line endings
        arguments("byte order mark", "\uFEFFA=1", vars("A", "1")),
        arguments("CRLF line endings", "A=1\r\nB=2\r\n", vars("A", "1", "B", "2")),
        arguments("CRLF with comment", "# c\r\nA=1 # c\r\n", vars("A", "1")),
        arguments("CRLF in quoted multi-line", "A=\"x\r\ny\"\r\n", vars("A", "x\ny")),
        arguments("no trailing newline", "A=1\nB=2", vars("A", "1", "B", "2")));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("validFiles")
  void parse_conformanceRow_producesExpectedVariables(String scenario, String content, Map<String, String> expected) {
    Map<String, String> actual = new DotenvParser().parse("app.env", content, OUTSIDE::get);

    assertEquals(expected, actual);
    assertEquals(List.copyOf(expected.keySet()), List.copyOf(actual.keySet()), "file order");
  }

  static Stream<Arguments> invalidFiles() {
    return Stream.of(
        arguments("space inside key", "MY KEY=1", 1, 3, "MY KEY", "variable name contains a space"),
        arguments("invalid character in key", "A$B=1", 1, 2, "A$B", "invalid character"),
        arguments("quote in key", "A\"B=1", 1, 2, "A\"B", "invalid character"),
        arguments("slash in key", "A/B=1", 1, 2, "A/B", "invalid character"),
        arguments("key error on later line", "A=1\n\nB C=2", 3, 2, "B C", "space"),
        arguments("missing key", "=1", 1, 1, "", "missing variable name"),
        arguments("missing key indented", "A=1\n  =2", 2, 3, "", "missing variable name"),
        arguments("bare line with spaces", "NOT A KEY", 1, 4, "", "space"),
        arguments("unterminated double quote", "A=\"abc", 1, 3, "A", "unterminated double-quoted value"),
        arguments("unterminated single quote", "A='abc", 1, 3, "A", "unterminated single-quoted value"),
        arguments("unterminated multi-line", "A=1\nB=\"x\ny\nz", 2, 3, "B", "unterminated double-quoted value"),
        arguments("escaped closing quote only", "A=\"abc\\\"", 1, 3, "A", "unterminated"),
        arguments("line after multi-line value", "A=\"x\ny\nz\"\nB C=1", 4, 2, "B C", "space"),
        arguments("line after single multi-line", "A='x\ny'\n\n%=1", 4, 1, "%", "invalid character"),
        arguments("text after closing quote", "A=\"x\"y", 1, 6, "A", "unexpected text after the closing quote"),
        arguments("text after multi-line closing quote", "A=\"x\ny\" z", 2, 4, "A", "unexpected text"),
        arguments("required variable missing", "A=1\nB=${NOPE:?set NOPE}", 2, 3, "B", "required variable NOPE is missing: set NOPE"),
        arguments("required in double quotes", "B=\"${NOPE?needed}\"", 1, 3, "B", "required variable NOPE is missing: needed"),
        arguments("malformed expansion", "A=${", 1, 3, "A", "unterminated '${'"),
        arguments("unknown operator", "A=${HOME:x}", 1, 3, "A", "unsupported modifier"),
        arguments("empty braces", "A=${}", 1, 3, "A", "empty variable name"),
        arguments("CRLF line counting", "A=1\r\nB=2\r\nC D=3\r\n", 3, 2, "C D", "space"));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("invalidFiles")
  void parse_invalidConformanceRow_throwsWithFileLineColumnAndKey(
      String scenario, String content, int line, int column, String key, String messagePart) {
    InputException error =
        assertThrows(InputException.class, () -> new DotenvParser().parse("app.env", content, OUTSIDE::get));

    assertEquals(new SourceLocation("app.env", line, column), error.diagnostics().get(0).location());
    assertEquals(key, error.diagnostics().get(0).key());
    assertTrue(error.getMessage().contains("app.env:" + line + ":" + column), error.getMessage());
    assertTrue(error.getMessage().contains(messagePart), error.getMessage());
  }
}
