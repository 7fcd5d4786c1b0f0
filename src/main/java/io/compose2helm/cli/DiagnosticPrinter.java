package io.compose2helm.cli;

import io.compose2helm.diagnostics.Diagnostic;
import java.io.PrintWriter;
import java.util.List;

/** Prints diagnostics one a line, {@code path:line:col: severity: key: message}. */
final class DiagnosticPrinter {

  private final PrintWriter err;

  DiagnosticPrinter(PrintWriter err) {
    this.err = err;
  }

  void print(List<Diagnostic> diagnostics) {
    for (Diagnostic diagnostic : diagnostics) {
      err.println(diagnostic.format());
    }
    err.flush();
  }
}
