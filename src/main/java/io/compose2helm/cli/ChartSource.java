package io.compose2helm.cli;

import io.compose2helm.chart.ChartGenerator;
import io.compose2helm.chart.ChartOnDisk;
import io.compose2helm.chart.ChartOptions;
import io.compose2helm.chart.ChartPaths;
import io.compose2helm.chart.ChartVersion;
import io.compose2helm.chart.RenderCache;
import io.compose2helm.compose.ComposeProject;
import io.compose2helm.diagnostics.Diagnostics;
import io.compose2helm.diagnostics.Timings;
import io.compose2helm.kube.KubeNames;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Reads the Compose project and generates its chart in memory, the step convert, check and diff
 * share, so all three judge the chart by the very same bytes.
 */
final class ChartSource {

  /**
   * A chart generated in memory.
   *
   * @param target the chart directory on disk it belongs in
   * @param files every file by chart-relative path
   * @param onDisk the chart directory as it was before anything was written, read while the chart
   *     was generated
   * @param generator what generated it, still writing its render-cache entries
   */
  record Generated(String chartName, Path target, Map<String, String> files, ChartOnDisk.Reading onDisk,
      ChartGenerator generator) {

    /** Waits for the render cache's entries: before the run ends, once the chart is written or compared. */
    void awaitCacheWrites() {
      generator.awaitCacheWrites();
    }

    /** The services of the chart, as its manifest lists them. */
    List<String> services() {
      return generator.manifest().services();
    }
  }

  /** The environment variable naming the render cache's folder. */
  static final String RENDER_CACHE = "COMPOSE2HELM_RENDER_CACHE";

  private ChartSource() {}

  /**
   * @param versions the options that change Chart.yaml's versions; null to keep the ones on disk, as
   *     every re-run without them does
   */
  static Generated generate(CliContext context, InputOptions input, ChartLocationOptions location,
      ChartVersionOptions versions, Diagnostics diagnostics) {
    ChartGenerator generator = ChartGenerator.preparing(location.templates(), renderCache(context));
    ComposeProject project;
    try (Timings.Phase phase = Timings.start("load + interpolate")) {
      project = ProjectReading.load(context, input.toRequest(context.environment()), diagnostics);
    }
    try (Timings.Phase phase = Timings.start("mapping")) {
      ProjectReading.secrets(context, project, diagnostics);
    }
    String chartName = KubeNames.toDnsLabel(project.name());
    Path target = location.chartDirectory(chartName);
    context.watch().found(target);
    ChartOnDisk.Reading onDisk = ChartOnDisk.start(target);
    Path composeFile = input.firstComposeFile();
    List<Path> envFiles = input.envFiles();
    Path envFile = envFiles.isEmpty()
        ? ChartPaths.directoryOf(composeFile).resolve(".env.ecosystem")
        : envFiles.get(envFiles.size() - 1);
    ChartOptions options = new ChartOptions(chartName, composeFile.getFileName().toString(), location.templates(),
        ChartPaths.relative(target, ChartPaths.directoryOf(composeFile)), ChartPaths.relative(target, envFile),
        versionOf(target, versions));
    return new Generated(chartName, target, generator.generate(project, options, diagnostics), onDisk, generator);
  }

  private static ChartVersion versionOf(Path chartDirectory, ChartVersionOptions versions) {
    return versions == null ? ChartVersion.resolve(chartDirectory, null, null, null) : versions.resolve(chartDirectory);
  }

  /** The launcher names a folder in the user's cache for rendered templates; without one, none is kept. */
  private static RenderCache renderCache(CliContext context) {
    String directory = context.environment().get(RENDER_CACHE);
    return directory == null || directory.isBlank() ? RenderCache.NONE : RenderCache.forRunningJar(Path.of(directory));
  }
}
