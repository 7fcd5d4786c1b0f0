package io.compose2helm.compose.env;

import java.util.List;

/** One piece of a parsed {@code ${...}} template: literal text or a variable reference. */
sealed interface TemplatePart {

  /** Text copied to the output as is. */
  record Literal(String text) implements TemplatePart {}

  /**
   * A variable reference. {@code argument} is the parsed default, alternative or error message
   * (empty for {@link Modifier#NONE}); {@code rawArgument} is its source text, kept so a required
   * variable's message can be shown without evaluating (and leaking) anything.
   */
  record Reference(String name, Modifier modifier, List<TemplatePart> argument, String rawArgument)
      implements TemplatePart {}
}
