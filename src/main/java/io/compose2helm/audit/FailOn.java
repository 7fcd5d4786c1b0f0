package io.compose2helm.audit;

import io.compose2helm.diagnostics.Severity;
import java.util.Locale;

/** The least severe finding that makes {@code audit} exit non-zero. */
public enum FailOn {
  NONE,
  WARNING,
  ERROR;

  /** Parses {@code none|warning|error}, in any case. */
  public static FailOn parse(String text) {
    return valueOf(text.strip().toUpperCase(Locale.ROOT));
  }

  boolean failsOn(Severity severity) {
    return switch (this) {
      case NONE -> false;
      case WARNING -> true;
      case ERROR -> severity == Severity.ERROR;
    };
  }
}
