package io.compose2helm.compose.env;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.compose2helm.diagnostics.Diagnostic;
import io.compose2helm.diagnostics.Diagnostics;
import io.compose2helm.diagnostics.InputException;
import io.compose2helm.diagnostics.SourceLocation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Behaviour around the conformance table: warnings, reuse, name listing and secrecy. */
class InterpolatorTest {

  private static final SourceLocation FIRST = new SourceLocation("compose.yaml", 3, 5);
  private static final SourceLocation SECOND = new SourceLocation("compose.yaml", 9, 5);
  private static final String SECRET = "s3cr3t-Value!";

  @Test
  void interpolate_unsetVariable_warnsWithLocationKeyAndName() {
    Diagnostics diagnostics = new Diagnostics();

    new Interpolator(name -> null).interpolate("${FOO}", FIRST, "services.a.image", diagnostics);

    List<Diagnostic> warnings = diagnostics.warnings();
    assertEquals(1, warnings.size());
    assertEquals(FIRST, warnings.get(0).location());
    assertEquals("services.a.image", warnings.get(0).key());
    assertEquals("variable FOO is not set; using an empty string", warnings.get(0).message());
  }

  @Test
  void interpolate_sameUnsetVariableTwice_warnsOnceAtFirstLocation() {
    Diagnostics diagnostics = new Diagnostics();
    Interpolator interpolator = new Interpolator(name -> null);

    interpolator.interpolate("$FOO and ${FOO}", FIRST, "a", diagnostics);
    interpolator.interpolate("${FOO}", SECOND, "b", diagnostics);

    assertEquals(1, diagnostics.warnings().size());
    assertEquals(FIRST, diagnostics.warnings().get(0).location());
  }

  @Test
  void interpolate_twoUnsetVariables_warnsForEach() {
    Diagnostics diagnostics = new Diagnostics();

    new Interpolator(name -> null).interpolate("$FOO $BAR $FOO", FIRST, "a", diagnostics);

    assertEquals(2, diagnostics.warnings().size());
    assertTrue(diagnostics.warnings().get(1).message().contains("BAR"));
  }

  @Test
  void interpolate_separateInterpolators_eachWarnOnce() {
    Diagnostics diagnostics = new Diagnostics();

    new Interpolator(name -> null).interpolate("$FOO", FIRST, "a", diagnostics);
    new Interpolator(name -> null).interpolate("$FOO", SECOND, "a", diagnostics);

    assertEquals(2, diagnostics.warnings().size());
  }

  @ParameterizedTest
  @ValueSource(strings = {"${FOO:-d}", "${FOO-d}", "${FOO:+alt}", "${FOO+alt}", "$$FOO", "${SET}"})
  void interpolate_unsetHandledByModifierOrEscaped_doesNotWarn(String text) {
    Diagnostics diagnostics = new Diagnostics();

    new Interpolator(Map.of("SET", "")::get).interpolate(text, FIRST, "a", diagnostics);

    assertTrue(diagnostics.all().isEmpty(), diagnostics.all().toString());
  }

  @Test
  void interpolate_unsetInsideUnusedDefault_doesNotWarn() {
    Diagnostics diagnostics = new Diagnostics();

    new Interpolator(Map.of("A", "a")::get).interpolate("${A:-$FOO}", FIRST, "a", diagnostics);

    assertTrue(diagnostics.all().isEmpty());
  }

  @Test
  void interpolate_lookupReturningKubernetesReference_insertsItLiterally() {
    Interpolator interpolator =
        new Interpolator(name -> name.startsWith("K8S_") ? "$(" + name + ")" : null);

    String result =
        interpolator.interpolate("jdbc://${K8S_HOST}:${PORT:-5432}/$K8S_DB", FIRST, "a", new Diagnostics());

    assertEquals("jdbc://$(K8S_HOST):5432/$(K8S_DB)", result);
  }

  @Test
  void interpolate_lookupReturningTemplateSyntax_isNotInterpolatedAgain() {
    Interpolator interpolator = new Interpolator(Map.of("A", "${B:?boom} $$ $")::get);

    assertEquals("${B:?boom} $$ $", interpolator.interpolate("$A", FIRST, "a", new Diagnostics()));
  }

  @Test
  void interpolate_textWithoutDollar_isNotLookedUp() {
    List<String> lookedUp = new ArrayList<>();
    Interpolator interpolator = new Interpolator(name -> {
      lookedUp.add(name);
      return null;
    });

    assertEquals("{A}", interpolator.interpolate("{A}", FIRST, "a", new Diagnostics()));
    assertTrue(lookedUp.isEmpty());
  }

  @Test
  void interpolate_nullLookup_treatsEveryVariableAsUnset() {
    assertEquals("d", new Interpolator(null).interpolate("${X:-d}", FIRST, "a", new Diagnostics()));
  }

  @Test
  void interpolate_nullText_returnsNull() {
    assertEquals(null, new Interpolator(name -> null).interpolate(null, FIRST, "a", new Diagnostics()));
  }

  static Stream<Arguments> referencedVariablesRows() {
    return Stream.of(
        arguments("plain", List.of()),
        arguments("$A", List.of("A")),
        arguments("${A} $B ${C:-x}", List.of("A", "B", "C")),
        arguments("${A:-${B:-${C}}}", List.of("A", "B", "C")),
        arguments("${A:+$B}${A?msg $C}", List.of("A", "B", "C")),
        arguments("$B $A $B", List.of("B", "A")),
        arguments("$$A $${B} $C", List.of("C")),
        arguments("$$$A", List.of("A")),
        arguments("cost $ 5 $", List.of()),
        arguments("${UNSET:-{braces}} $Z", List.of("UNSET", "Z")));
  }

  @ParameterizedTest(name = "[{index}] {0} -> {1}")
  @MethodSource("referencedVariablesRows")
  void referencedVariables_text_listsNamesInOrderWithoutDuplicates(String text, List<String> expected) {
    assertEquals(expected, List.copyOf(Interpolator.referencedVariables(text)));
  }

  @Test
  void referencedVariables_malformedText_throwsInputException() {
    assertThrows(InputException.class, () -> Interpolator.referencedVariables("${A"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "${PASSWORD} ${MISSING:?is required}",
        "prefix-${PASSWORD:x}",
        "${PASSWORD:-${OTHER}",
        "${PASSWORD} ${",
        "${OTHER:?must be set}",
        "${EMPTY:?must not be empty}",
        "${PASSWORD} ${1bad}",
        "${PASSWORD:+${OTHER?gone}}"
      })
  void interpolate_errorWhileSecretIsSet_messageNeverContainsTheSecret(String text) {
    Diagnostics diagnostics = new Diagnostics();
    Interpolator interpolator = new Interpolator(Map.of("PASSWORD", SECRET, "EMPTY", "")::get);

    InputException error =
        assertThrows(InputException.class, () -> interpolator.interpolate(text, FIRST, "k", diagnostics));

    assertFalse(error.getMessage().contains(SECRET), error.getMessage());
    assertFalse(error.getMessage().contains("s3cr3t"), error.getMessage());
  }

  @Test
  void interpolate_malformedTextThatIsItselfSecret_messageDoesNotQuoteIt() {
    InputException error =
        assertThrows(
            InputException.class,
            () -> new Interpolator(name -> null)
                .interpolate("hunter2${x y z}hunter2", FIRST, "k", new Diagnostics()));

    assertFalse(error.getMessage().contains("hunter2"), error.getMessage());
    assertFalse(error.getMessage().contains("x y z"), error.getMessage());
  }

  @Test
  void interpolate_defaultsNestedTooDeep_isALocatedErrorNotAStackOverflow() {
    String text = "${U:-".repeat(2000) + "x" + "}".repeat(2000);

    InputException error = assertThrows(InputException.class,
        () -> new Interpolator(name -> null).interpolate(text, FIRST, "k", new Diagnostics()));

    assertTrue(error.getMessage().contains("compose.yaml:3:5"), error.getMessage());
    assertTrue(error.getMessage().contains("nested deeper than 100 levels"), error.getMessage());
  }

  @Test
  void interpolate_defaultsNestedAtTheBound_resolve() {
    String text = "${U:-".repeat(100) + "x" + "}".repeat(100);

    assertEquals("x", new Interpolator(name -> null).interpolate(text, FIRST, "k", new Diagnostics()));
  }
}
