package io.compose2helm.compose.env;

import io.compose2helm.compose.env.TemplatePart.Literal;
import io.compose2helm.compose.env.TemplatePart.Reference;
import io.compose2helm.diagnostics.Diagnostics;
import io.compose2helm.diagnostics.InputException;
import io.compose2helm.diagnostics.SourceLocation;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Compose {@code ${...}} interpolation: {@code $VAR}, {@code ${VAR}}, the {@code -}, {@code ?} and
 * {@code +} modifiers with and without a colon, nesting inside arguments, and {@code $$} as an
 * escaped dollar.
 *
 * <p>Looked-up values are inserted literally and never interpolated again, so a caller may map
 * names to text such as {@code $(NAME)} safely. Messages name variables, never their values.
 */
public final class Interpolator {

  private final Function<String, String> lookup; // null: no variable is set
  // One warning per unset name keeps the report readable when a name is used many times.
  private final Set<String> warnedUnset = new HashSet<>();

  /** @param lookup the value of a variable, {@code null} when unset */
  public Interpolator(Function<String, String> lookup) {
    this.lookup = lookup;
  }

  /**
   * Interpolates one scalar. Unset variables warn once per interpolator (naming the first
   * location); {@code ${VAR:?msg}} on an unset variable and malformed syntax throw an
   * InputException naming location and key.
   */
  public String interpolate(String text, SourceLocation location, String key, Diagnostics diagnostics) {
    if (text == null || text.indexOf('$') < 0) {
      return text;
    }
    List<TemplatePart> parts;
    try {
      parts = TemplateParser.parse(text);
    } catch (TemplateSyntaxException e) {
      throw new InputException(location, key, e.getMessage());
    }
    StringBuilder out = new StringBuilder(text.length());
    new Evaluation(location, key, diagnostics).append(parts, out);
    return out.toString();
  }

  /**
   * The variable names a text refers to, including those inside defaults, in order of appearance.
   *
   * @throws InputException without a location when the text is malformed; interpolate first to get
   *     an error that names the place
   */
  public static Set<String> referencedVariables(String text) {
    Set<String> names = new LinkedHashSet<>();
    if (text == null || text.indexOf('$') < 0) {
      return names;
    }
    try {
      collectNames(TemplateParser.parse(text), names);
    } catch (TemplateSyntaxException e) {
      throw new InputException(null, "", e.getMessage());
    }
    return names;
  }

  private static void collectNames(List<TemplatePart> parts, Set<String> names) {
    for (TemplatePart part : parts) {
      if (part instanceof Reference reference) {
        names.add(reference.name());
        collectNames(reference.argument(), names);
      }
    }
  }

  /** The state of one {@link #interpolate} call: where the text came from, for messages. */
  private final class Evaluation {
    private final SourceLocation location;
    private final String key;
    private final Diagnostics diagnostics;

    Evaluation(SourceLocation location, String key, Diagnostics diagnostics) {
      this.location = location;
      this.key = key;
      this.diagnostics = diagnostics;
    }

    void append(List<TemplatePart> parts, StringBuilder out) {
      for (TemplatePart part : parts) {
        if (part instanceof Literal literal) {
          out.append(literal.text());
        } else {
          resolve((Reference) part, out);
        }
      }
    }

    private void resolve(Reference reference, StringBuilder out) {
      String value = lookup == null ? null : lookup.apply(reference.name());
      Modifier modifier = reference.modifier();
      boolean present = value != null && !(modifier.treatsEmptyAsUnset() && value.isEmpty());
      switch (modifier) {
        case NONE -> {
          if (value == null) {
            warnUnset(reference.name());
          } else {
            out.append(value);
          }
        }
        case DEFAULT_IF_UNSET_OR_EMPTY, DEFAULT_IF_UNSET -> {
          if (present) {
            out.append(value);
          } else {
            append(reference.argument(), out);
          }
        }
        case REQUIRED_NON_EMPTY, REQUIRED_SET -> {
          if (!present) {
            throw required(reference, value == null);
          }
          out.append(value);
        }
        case ALTERNATIVE_IF_NON_EMPTY, ALTERNATIVE_IF_SET -> {
          if (present) {
            append(reference.argument(), out);
          }
        }
      }
    }

    private void warnUnset(String name) {
      if (warnedUnset.add(name) && diagnostics != null) {
        diagnostics.warn(location, key, "variable " + name + " is not set; using an empty string");
      }
    }

    // The message is the author's own text from the template, shown unevaluated: evaluating it
    // could pull other variables' values into the error.
    private InputException required(Reference reference, boolean unset) {
      String problem = unset ? " is missing" : " is empty";
      String message = reference.rawArgument().isEmpty() ? "" : ": " + reference.rawArgument();
      return new InputException(
          location, key, "required variable " + reference.name() + problem + message);
    }
  }
}
