package io.compose2helm.cli;

import io.compose2helm.chart.ChartVersion;
import java.nio.file.Path;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/** Chart.yaml's versions; without these options a re-run keeps the ones on disk. */
final class ChartVersionOptions {

  /** Either an explicit version or a bump, not both. */
  static final class VersionChange {
    @Option(names = "--chart-version", paramLabel = "X.Y.Z", description = "Set the chart version.")
    String version;

    @Option(names = "--bump", paramLabel = "PART", description = "Increment the chart version: ${COMPLETION-CANDIDATES}.")
    ChartVersion.Bump bump;
  }

  @ArgGroup(exclusive = true, multiplicity = "0..1")
  VersionChange change;

  @Option(names = "--app-version", paramLabel = "VERSION", description = "Set Chart.yaml's appVersion (kept across re-runs).")
  String appVersion;

  ChartVersion resolve(Path chartDir) {
    return ChartVersion.resolve(chartDir, change == null ? null : change.version, change == null ? null : change.bump, appVersion);
  }
}
