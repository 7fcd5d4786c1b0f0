package io.compose2helm.compose.env;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.compose2helm.diagnostics.Diagnostics;
import io.compose2helm.diagnostics.InputException;
import io.compose2helm.diagnostics.SourceLocation;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Conformance table for Compose interpolation, written from the Compose specification's
 * "Interpolation" section. Every row runs against the same environment, {@link #ENV}.
 */
class InterpolatorConformanceTest {

  static final Map<String, String> ENV =
      Map.of(
          "A", "a",
          "B", "b",
          "C", "c",
          "EMPTY", "",
          "SPACE", " ",
          "_UNDER", "u",
          "MixedCase9", "m",
          "LOOKS_LIKE_TEMPLATE", "${A}",
          "DOLLARS", "$$",
          "HELM_REF", "$(NAME)");

  static final SourceLocation LOCATION = new SourceLocation("compose.yaml", 12, 7);
  static final String KEY = "services.web.environment.X";

  static Stream<Arguments> substitutions() {
    return Stream.of(
        // plain text and escapes
        arguments("", ""),
        arguments("plain text", "plain text"),
        arguments("no dollar {braces} here", "no dollar {braces} here"),
        arguments("$$", "$"),
        arguments("$$A", "$A"),
        arguments("$${A}", "${A}"),
        arguments("$$$A", "$a"),
        arguments("$$$$", "$$"),
        arguments("price: $$5", "price: $5"),
        arguments("${UNSET:-$$}", "$"),
        arguments("${UNSET:-$$A}", "$A"),
        // lone dollars are kept
        arguments("$", "$"),
        arguments("cost $ 5", "cost $ 5"),
        arguments("trailing $", "trailing $"),
        arguments("$1", "$1"),
        arguments("$-x", "$-x"),
        arguments("a$.b", "a$.b"),
        arguments("$ ${A}", "$ a"),
        // unbraced names
        arguments("$A", "a"),
        arguments("x$A", "xa"),
        arguments("$A-x", "a-x"),
        arguments("$A.b", "a.b"),
        arguments("$A/$B", "a/b"),
        arguments("$_UNDER", "u"),
        arguments("$MixedCase9", "m"),
        arguments("$AB", ""),
        arguments("$A$B", "ab"),
        arguments("$A}", "a}"),
        arguments("$UNSET", ""),
        // braced names
        arguments("${A}", "a"),
        arguments("${A}B", "aB"),
        arguments("${A}${B}", "ab"),
        arguments("pre-${A}-post", "pre-a-post"),
        arguments("${_UNDER}", "u"),
        arguments("${MixedCase9}", "m"),
        arguments("${EMPTY}", ""),
        arguments("${UNSET}", ""),
        arguments("{${A}}", "{a}"),
        arguments("${A}}", "a}"),
        // :- default when unset or empty
        arguments("${A:-x}", "a"),
        arguments("${UNSET:-x}", "x"),
        arguments("${EMPTY:-x}", "x"),
        arguments("${SPACE:-x}", " "),
        arguments("${UNSET:-}", ""),
        arguments("${UNSET:-two words}", "two words"),
        arguments("${UNSET:-a:b-c?d+e}", "a:b-c?d+e"),
        arguments("${UNSET:-{x}}", "{x}"),
        arguments("${UNSET:-{\"k\": 1}}", "{\"k\": 1}"),
        arguments("${UNSET:-x}}", "x}"),
        arguments("${UNSET:-x}y", "xy"),
        arguments("${UNSET:-$}", "$"),
        arguments("${UNSET:-cost $ 5}", "cost $ 5"),
        // - default only when unset
        arguments("${A-x}", "a"),
        arguments("${UNSET-x}", "x"),
        arguments("${EMPTY-x}", ""),
        arguments("${UNSET-}", ""),
        arguments("${UNSET--x}", "-x"),
        // :+ and + alternatives
        arguments("${A:+alt}", "alt"),
        arguments("${EMPTY:+alt}", ""),
        arguments("${UNSET:+alt}", ""),
        arguments("${A+alt}", "alt"),
        arguments("${EMPTY+alt}", "alt"),
        arguments("${UNSET+alt}", ""),
        arguments("${A:+${B}}", "b"),
        arguments("${A:+{x}}", "{x}"),
        // :? and ? when the variable is present
        arguments("${A:?must be set}", "a"),
        arguments("${A?must be set}", "a"),
        arguments("${EMPTY?must be set}", ""),
        arguments("${SPACE:?must be set}", " "),
        // nesting
        arguments("${UNSET:-${A}}", "a"),
        arguments("${UNSET:-${UNSET2:-c}}", "c"),
        arguments("${UNSET:-${UNSET2:-${B}}}", "b"),
        arguments("${UNSET:-pre-${A}-post}", "pre-a-post"),
        arguments("${UNSET:-$A}", "a"),
        arguments("${A:-${UNSET:?unused}}", "a"),
        arguments("${UNSET:-${A}}${B}", "ab"),
        arguments("${UNSET:-{${A}}}", "{a}"),
        arguments("${EMPTY:-${EMPTY:-${C}}}", "c"),
        arguments("${A:+${UNSET:-d}}", "d"),
        // values are inserted literally, never interpolated again
        arguments("${LOOKS_LIKE_TEMPLATE}", "${A}"),
        arguments("$LOOKS_LIKE_TEMPLATE", "${A}"),
        arguments("${DOLLARS}", "$$"),
        arguments("${HELM_REF}", "$(NAME)"),
        arguments("${UNSET:-${HELM_REF}}", "$(NAME)"),
        // Compose does not expand $(...) (shell command substitution)
        arguments("$(A)", "$(A)"),
        // multi-line text
        arguments("line1\n${A}\nline3", "line1\na\nline3"));
  }

  @ParameterizedTest(name = "[{index}] {0} -> {1}")
  @MethodSource("substitutions")
  void interpolate_conformanceRow_producesExpectedText(String input, String expected) {
    Interpolator interpolator = new Interpolator(ENV::get);

    String actual = interpolator.interpolate(input, LOCATION, KEY, new Diagnostics());

    assertEquals(expected, actual);
  }

  static Stream<Arguments> errors() {
    return Stream.of(
        // required variables
        arguments("${UNSET:?set it please}", "required variable UNSET is missing: set it please"),
        arguments("${UNSET?set it please}", "required variable UNSET is missing: set it please"),
        arguments("${EMPTY:?must not be empty}", "required variable EMPTY is empty: must not be empty"),
        arguments("${UNSET:?}", "required variable UNSET is missing"),
        arguments("${UNSET?}", "required variable UNSET is missing"),
        arguments("${UNSET:-${UNSET2:?inner}}", "required variable UNSET2 is missing: inner"),
        arguments("${A:+${UNSET:?alt needs it}}", "required variable UNSET is missing: alt needs it"),
        arguments("x ${UNSET:?a {braced} message}", "required variable UNSET is missing: a {braced} message"),
        // unterminated
        arguments("${", "unterminated '${'"),
        arguments("text ${", "unterminated '${'"),
        arguments("${A", "unterminated '${A'"),
        arguments("${A:-x", "unterminated '${A'"),
        arguments("${A:-{x}", "unterminated '${A'"),
        arguments("${A:-${B}", "unterminated '${A'"),
        arguments("${A:-${B", "unterminated '${B'"),
        arguments("${A:", "unsupported modifier after '${A:'"),
        // empty and invalid names
        arguments("${}", "empty variable name"),
        arguments("x${}y", "empty variable name"),
        arguments("${1A}", "invalid variable name"),
        arguments("${-A}", "invalid variable name"),
        arguments("${A B}", "invalid variable name"),
        arguments("${A.B}", "invalid variable name"),
        arguments("${A/B}", "invalid variable name"),
        arguments("${ A}", "invalid variable name"),
        arguments("${:-x}", "invalid variable name"),
        arguments("${${A}}", "invalid variable name"),
        arguments("${A$}", "invalid variable name"),
        // unknown operators
        arguments("${A:x}", "unsupported modifier after '${A:'"),
        arguments("${A:=x}", "unsupported modifier after '${A:'"),
        arguments("${A::-x}", "unsupported modifier after '${A:'"),
        arguments("${A=x}", "invalid variable name"),
        arguments("${A#x}", "invalid variable name"),
        arguments("${A%x}", "invalid variable name"),
        arguments("${A/x/y}", "invalid variable name"),
        // syntax errors are found even inside defaults that are not used
        arguments("${A:-${}}", "empty variable name"),
        arguments("${A:-${B:x}}", "unsupported modifier after '${B:'"));
  }

  @ParameterizedTest(name = "[{index}] {0} -> {1}")
  @MethodSource("errors")
  void interpolate_invalidOrRequiredRow_throwsWithLocationAndKey(String input, String expectedMessage) {
    Interpolator interpolator = new Interpolator(ENV::get);

    InputException error =
        assertThrows(
            InputException.class,
            () -> interpolator.interpolate(input, LOCATION, KEY, new Diagnostics()));

    String message = error.getMessage();
    assertTrue(message.contains(expectedMessage), message);
    assertTrue(message.startsWith("compose.yaml:12:7: error: " + KEY + ": "), message);
    assertEquals(LOCATION, error.diagnostics().get(0).location());
    assertEquals(KEY, error.diagnostics().get(0).key());
  }
}
