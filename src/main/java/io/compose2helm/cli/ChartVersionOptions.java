package io.compose2helm.cli;

import io.compose2helm.chart.ChartVersion;
import java.nio.file.Path;
import picocli.CommandLine.Model.ArgGroupSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** Chart.yaml's versions; without these options a re-run keeps the ones on disk. */
final class ChartVersionOptions {

  private final OptionSpec version;
  private final OptionSpec bump;
  private final OptionSpec appVersion;

  ChartVersionOptions(CommandSpec spec) {
    version = OptionSpec.builder("--chart-version").paramLabel("X.Y.Z").type(String.class)
        .description("Set the chart version.").build();
    bump = CommandSpecs.oneOf(OptionSpec.builder("--bump").paramLabel("PART"), ChartVersion.Bump.class,
            ChartVersion.Bump.values())
        .description("Increment the chart version: ${COMPLETION-CANDIDATES}.").build();
    // Either an explicit version or a bump, not both.
    spec.addArgGroup(ArgGroupSpec.builder().exclusive(true).multiplicity("0..1").addArg(version).addArg(bump).build());
    appVersion = CommandSpecs.add(spec, OptionSpec.builder("--app-version").paramLabel("VERSION").type(String.class)
        .description("Set Chart.yaml's appVersion (kept across re-runs)."));
  }

  ChartVersion resolve(Path chartDir) {
    return ChartVersion.resolve(chartDir, version.getValue(), bump.getValue(), appVersion.getValue());
  }
}
