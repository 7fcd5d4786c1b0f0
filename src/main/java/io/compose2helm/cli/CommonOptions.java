package io.compose2helm.cli;

import io.compose2helm.diagnostics.Diagnostics;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** Output options shared by every command. */
final class CommonOptions {

  static final String TIMINGS = "--timings";

  static final String STACKTRACE = "--stacktrace";

  private final OptionSpec quiet;

  CommonOptions(CommandSpec spec) {
    quiet = CommandSpecs.add(spec, OptionSpec.builder("-q", "--quiet").description("Do not print warnings."));
    // Both read by Main: it prints Timings after the command, and stack traces of internal errors.
    CommandSpecs.add(spec, OptionSpec.builder(TIMINGS).hidden(true).description("Print the time of each phase to stderr."));
    CommandSpecs.add(spec, OptionSpec.builder(STACKTRACE).description("Print stack traces of internal errors."));
  }

  /** Prints the warnings gathered so far (errors are printed by the error handler). */
  void report(CliContext context, Diagnostics diagnostics) {
    if (!CommandSpecs.isSet(quiet)) {
      new DiagnosticPrinter(context.err()).print(diagnostics.warnings());
    }
  }
}
