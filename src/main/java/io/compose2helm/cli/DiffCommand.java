package io.compose2helm.cli;

import io.compose2helm.chart.ChartUpdate;
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
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Shows what a Compose change does to the Kubernetes objects: renders the chart on disk and the
 * chart the current inputs would produce with real Helm, and diffs them object by object.
 */
final class DiffCommand implements Callable<Integer> {

  private final CliContext context;
  private final CommandSpec spec;
  private final InputOptions input;
  private final ChartLocationOptions location;
  private final CommonOptions common;
  private final OptionSpec environment;
  private final OptionSpec namespace;
  private final OptionSpec stat;
  private final OptionSpec noColor;

  DiffCommand(CliContext context) {
    this.context = context;
    spec = CommandSpecs.command(this, "diff",
        "Show the Kubernetes objects a re-run would change, per object (rendered with Helm). Writes nothing.");
    input = new InputOptions(spec);
    location = new ChartLocationOptions(spec);
    common = new CommonOptions(spec);
    environment = CommandSpecs.add(spec, OptionSpec.builder("--env").paramLabel("ENV").type(String.class)
        .defaultValue("local")
        .description("The overlay env/ENV.yaml to render with (local, dev, prod). Default: ${DEFAULT-VALUE}."));
    namespace = CommandSpecs.add(spec, OptionSpec.builder("--namespace").paramLabel("NS").type(String.class)
        .description("Release namespace to render for. Default: the chart name."));
    stat = CommandSpecs.add(spec, OptionSpec.builder("--stat")
        .description("Only list the changed objects and the totals."));
    noColor = CommandSpecs.add(spec, OptionSpec.builder("--no-color")
        .description("Never colour the output (it is coloured only on a terminal)."));
  }

  CommandSpec spec() {
    return spec;
  }

  @Override
  public Integer call() throws IOException {
    Diagnostics diagnostics = new Diagnostics();
    ChartSource.Generated chart = ChartSource.generate(context, input, location, null, diagnostics);
    // Helm's rendering takes far longer than these writes: nothing is gained by overlapping them.
    chart.awaitCacheWrites();
    common.report(context, diagnostics);
    String overlay = "env/" + environment.getValue() + ".yaml";
    String release = chart.chartName();
    String givenNamespace = namespace.getValue();
    String ns = givenNamespace != null ? givenNamespace : chart.chartName();
    Path scratch = Files.createTempDirectory("compose2helm-diff-");
    try {
      Path regenerated = scratch.resolve(chart.chartName());
      new ChartWriter().write(regenerated, ChartUpdate.plan(chart.onDisk().get(), chart.files(), false));
      requireOverlay(regenerated, overlay);
      HelmRenderer helm = new HelmRenderer();
      String before = Files.isRegularFile(chart.target().resolve("Chart.yaml"))
          ? helm.render(chart.target(), release, ns, valuesFiles(chart.target(), overlay))
          : "";
      String after = helm.render(regenerated, release, ns, valuesFiles(regenerated, overlay));
      List<ObjectDiff> diffs = new ManifestDiff().compare(before, after, ns);
      // System.console() is null when stdout is redirected: no escape codes in files and CI logs.
      ManifestDiffPrinter printer = new ManifestDiffPrinter(context.out(),
          !CommandSpecs.isSet(noColor) && System.console() != null);
      if (CommandSpecs.isSet(stat)) {
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
      for (Iterator<Path> deepestFirst = walk.sorted(Comparator.reverseOrder()).iterator(); deepestFirst.hasNext(); ) {
        deepestFirst.next().toFile().delete();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot remove " + directory, e);
    }
  }
}
