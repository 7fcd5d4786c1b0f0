package io.compose2helm.compose.env;

import io.compose2helm.diagnostics.Diagnostics;
import io.compose2helm.diagnostics.SourceLocation;
import java.util.Set;
import java.util.function.Function;

/** Compose {@code ${...}} interpolation. (Contract; implementation in progress.) */
public final class Interpolator {

  /** @param lookup the value of a variable, {@code null} when unset */
  public Interpolator(Function<String, String> lookup) {}

  /**
   * Interpolates one scalar. Unset variables warn once per interpolator (naming the first
   * location); {@code ${VAR:?msg}} on an unset variable and malformed syntax throw an
   * InputException naming location and key.
   */
  public String interpolate(String text, SourceLocation location, String key, Diagnostics diagnostics) {
    throw new UnsupportedOperationException("not yet");
  }

  /** The variable names a text refers to, including those inside defaults, in order of appearance. */
  public static Set<String> referencedVariables(String text) {
    throw new UnsupportedOperationException("not yet");
  }
}
