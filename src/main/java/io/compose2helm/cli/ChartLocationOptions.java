package io.compose2helm.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where the chart lives and which templates make it: shared by convert, check and diff. */
final class ChartLocationOptions {

  @Option(names = {"-o", "--output"}, paramLabel = "DIR", description = "Chart directory. Default: helm/<name>.")
  Path output;

  @Option(names = "--templates", paramLabel = "DIR", description = "Directory whose templates replace the built-in ones of the same relative path.")
  Path templates;

  Path chartDirectory(String chartName) {
    return output != null ? output : Path.of("helm", chartName);
  }
}
