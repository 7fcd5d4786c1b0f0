package io.compose2helm.cli;

import io.compose2helm.diagnostics.Diagnostics;
import picocli.CommandLine.Option;

/** Output options shared by every command. */
final class CommonOptions {

  @Option(names = {"-q", "--quiet"}, description = "Do not print warnings.")
  boolean quiet;

  static final String TIMINGS = "--timings";

  /** Read by {@link Main}, which prints {@link io.compose2helm.diagnostics.Timings} after the command. */
  @Option(names = TIMINGS, hidden = true, description = "Print the time of each phase to stderr.")
  boolean timings;

  @Option(names = "--stacktrace", description = "Print stack traces of internal errors.")
  boolean stacktrace;

  /** Prints the warnings gathered so far (errors are printed by the error handler). */
  void report(CliContext context, Diagnostics diagnostics) {
    if (!quiet) {
      new DiagnosticPrinter(context.err()).print(diagnostics.warnings());
    }
  }
}
