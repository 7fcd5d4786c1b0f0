package io.compose2helm.cli;

import picocli.CommandLine.Model.CommandSpec;

/** The {@code compose2helm} command; without a subcommand name, {@code convert} is meant. */
final class RootCommand {

  static final String NAME = "compose2helm";

  private RootCommand() {}

  /** The root's model; {@link Main} adds the subcommands. */
  static CommandSpec spec() {
    CommandSpec spec = CommandSpecs.command(null, NAME,
        "Turns a Docker Compose ecosystem into a layered, production-shaped Helm chart.");
    spec.usageMessage()
        .synopsisSubcommandLabel("[COMMAND]")
        .footerHeading("%nExit codes:%n")
        .footer(
            "  0  success (check: the chart is up to date)",
            // picocli wraps a footer line past 80 columns without indenting the rest: each line fits.
            "  1  internal error (rerun with --stacktrace and report it);",
            "     check: the chart is stale",
            "  2  usage error (unknown option, missing argument)",
            "  3  invalid input (Compose file, env file, template): see the file:line:col",
            "     messages; or a re-run would overwrite a generated file edited by hand",
            "     (see --force)");
    return spec;
  }
}
