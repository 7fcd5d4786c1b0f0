package io.compose2helm.cli;

import io.compose2helm.diagnostics.Redactor;
import java.io.PrintWriter;
import java.util.Map;

/**
 * What commands may touch of the outside world; injected so the CLI runs in-process in tests.
 * {@code out} and {@code err} already pass through {@code redactor}, which commands teach the
 * secrets as soon as they know them. {@code watch} hears what a command did with its chart.
 */
record CliContext(PrintWriter out, PrintWriter err, Map<String, String> environment, Redactor redactor,
    ChartWatch watch) {

  static CliContext redacting(PrintWriter out, PrintWriter err, Map<String, String> environment, ChartWatch watch) {
    Redactor redactor = new Redactor();
    return new CliContext(
        RedactingWriter.around(out, redactor), RedactingWriter.around(err, redactor), environment, redactor, watch);
  }
}
