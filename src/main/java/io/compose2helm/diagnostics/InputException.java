package io.compose2helm.diagnostics;

import java.util.ArrayList;
import java.util.List;

/** The input cannot be converted; every message names the file, line and key at fault. */
public class InputException extends RuntimeException {

  private final transient List<Diagnostic> diagnostics;

  public InputException(List<Diagnostic> diagnostics) {
    super(formatted(diagnostics));
    this.diagnostics = List.copyOf(diagnostics);
  }

  public InputException(SourceLocation location, String key, String message) {
    this(List.of(new Diagnostic(Severity.ERROR, location, key, message)));
  }

  /** One diagnostic a line. */
  private static String formatted(List<Diagnostic> diagnostics) {
    List<String> lines = new ArrayList<>(diagnostics.size());
    for (Diagnostic diagnostic : diagnostics) {
      lines.add(diagnostic.format());
    }
    return String.join("\n", lines);
  }

  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }
}
