package io.compose2helm.cli;

import io.compose2helm.chart.ChartUpdate;
import io.compose2helm.chart.ChartVersion;
import io.compose2helm.chart.ChartWriter;
import io.compose2helm.chart.HelmRenderer;
import io.compose2helm.chart.ManifestDiff;
import io.compose2helm.chart.ManifestDiff.ObjectDiff;
import io.compose2helm.diagnostics.Diagnostics;
import io.compose2helm.diagnostics.InputException;
import io.compose2helm.diagnostics.SourceLocation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Shows what a Compose change does to the Kubernetes objects: renders the chart on disk and the
 * chart the current inputs would produce with real Helm, and diffs them object by object.
 */
@Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = "Show the Kubernetes objects a re-run would change, per object (rendered with Helm). Writes nothing.")
final class DiffCommand implements Callable<Integer> {

  @Mixin InputOptions input = new InputOptions();
  @Mixin ChartLocationOptions location = new ChartLocationOptions();
  @Mixin CommonOptions common = new CommonOptions();

  @Option(names = "--env", paramLabel = "ENV", defaultValue = "local",
      description = "The overlay env/ENV.yaml to render with (local, dev, prod). Default: ${DEFAULT-VALUE}.")
  String environment;

  @Option(names = "--namespace", paramLabel = "NS", description = "Release namespace to render for. Default: the chart name.")
  String namespace;

  @Option(names = "--stat", description = "Only list the changed objects and the totals.")
  boolean stat;

  @Option(names = "--no-color", description = "Never colour the output (it is coloured only on a terminal).")
  boolean noColor;

  private final CliContext context;

  DiffCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() throws IOException {
    Diagnostics diagnostics = new Diagnostics();
    ChartSource.Generated chart = ChartSource.generate(context, input, location,
        dir -> ChartVersion.resolve(dir, null, null, null), diagnostics);
    common.report(context, diagnostics);
    String overlay = "env/" + environment + ".yaml";
    String release = chart.chartName();
    String ns = namespace != null ? namespace : chart.chartName();
    Path scratch = Files.createTempDirectory("compose2helm-diff-");
    try {
      Path regenerated = scratch.resolve(chart.chartName());
      new ChartWriter().write(regenerated, ChartUpdate.plan(chart.target(), chart.files(), false));
      requireOverlay(regenerated, overlay);
      HelmRenderer helm = new HelmRenderer();
      String before = Files.isRegularFile(chart.target().resolve("Chart.yaml"))
          ? helm.render(chart.target(), release, ns, valuesFiles(chart.target(), overlay))
          : "";
      String after = helm.render(regenerated, release, ns, valuesFiles(regenerated, overlay));
      List<ObjectDiff> diffs = new ManifestDiff().compare(before, after, ns);
      // System.console() is null when stdout is redirected: no escape codes in files and CI logs.
      ManifestDiffPrinter printer = new ManifestDiffPrinter(context.out(), !noColor && System.console() != null);
      if (stat) {
        printer.printStat(diffs);
      } else if (diffs.isEmpty()) {
        context.out().println("No object changes for " + overlay + ".");
      } else {
        printer.printDiffs(diffs);
      }
      context.out().flush();
      return ExitCodes.OK;
    } finally {
      deleteTree(scratch);
    }
  }

  private static List<Path> valuesFiles(Path chartDir, String overlay) {
    Path overlayFile = chartDir.resolve(overlay);
    return Files.isRegularFile(overlayFile)
        ? List.of(chartDir.resolve("values.yaml"), overlayFile)
        : List.of(chartDir.resolve("values.yaml"));
  }

  private static void requireOverlay(Path chartDir, String overlay) {
    if (!Files.isRegularFile(chartDir.resolve(overlay))) {
      throw new InputException(SourceLocation.ofFile(overlay), "--env", "no such overlay in the chart");
    }
  }

  private static void deleteTree(Path directory) {
    try (Stream<Path> walk = Files.walk(directory)) {
      walk.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot remove " + directory, e);
    }
  }
}
