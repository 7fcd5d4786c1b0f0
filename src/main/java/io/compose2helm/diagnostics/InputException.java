package io.compose2helm.diagnostics;

import java.util.List;
import java.util.stream.Collectors;

/** The input cannot be converted; every message names the file, line and key at fault. */
public class InputException extends RuntimeException {

  private final transient List<Diagnostic> diagnostics;

  public InputException(List<Diagnostic> diagnostics) {
    super(diagnostics.stream().map(Diagnostic::format).collect(Collectors.joining("\n")));
    this.diagnostics = List.copyOf(diagnostics);
  }

  public InputException(SourceLocation location, String key, String message) {
    this(List.of(new Diagnostic(Severity.ERROR, location, key, message)));
  }

  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }
}
