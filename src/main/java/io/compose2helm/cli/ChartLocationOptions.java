package io.compose2helm.cli;

import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** Where the chart lives and which templates make it: shared by convert, check and diff. */
final class ChartLocationOptions {

  private final OptionSpec output;
  private final OptionSpec templates;

  ChartLocationOptions(CommandSpec spec) {
    output = CommandSpecs.add(spec, OptionSpec.builder("-o", "--output").paramLabel("DIR")
        .type(Path.class).converters(CommandSpecs.PATH)
        .description("Chart directory. Default: helm/<name>."));
    templates = CommandSpecs.add(spec, OptionSpec.builder("--templates").paramLabel("DIR")
        .type(Path.class).converters(CommandSpecs.PATH)
        .description("Directory whose templates replace the built-in ones of the same relative path."));
  }

  Path chartDirectory(String chartName) {
    Path given = output.getValue();
    return given != null ? given : Path.of("helm", chartName);
  }

  /** The user's template directory, or null for the built-in templates only. */
  Path templates() {
    return templates.getValue();
  }
}
