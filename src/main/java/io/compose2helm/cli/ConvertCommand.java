package io.compose2helm.cli;

import io.compose2helm.chart.ChartManifest;
import io.compose2helm.chart.ChartUpdate;
import io.compose2helm.chart.ChartWriter;
import io.compose2helm.chart.HandEdit;
import io.compose2helm.chart.OverlayDrift;
import io.compose2helm.diagnostics.Diagnostic;
import io.compose2helm.diagnostics.Diagnostics;
import io.compose2helm.diagnostics.InputException;
import io.compose2helm.diagnostics.Severity;
import io.compose2helm.diagnostics.SourceLocation;
import io.compose2helm.diagnostics.Timings;
import java.nio.file.Files;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Converts a Compose project into a Helm chart on disk, keeping the user's overlays and refusing to destroy hand edits. */
@Command(
    name = "convert",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = "Convert Compose file(s) into a layered Helm chart (the default command).")
final class ConvertCommand implements Callable<Integer> {

  @Mixin InputOptions input = new InputOptions();
  @Mixin ChartLocationOptions location = new ChartLocationOptions();
  @Mixin ChartVersionOptions versions = new ChartVersionOptions();
  @Mixin CommonOptions common = new CommonOptions();

  @Option(names = "--strict", description = "Treat every warning as an error (nothing is written).")
  boolean strict;

  @Option(names = "--force", description = "Overwrite tool-owned files even when they were edited by hand.")
  boolean force;

  @Option(names = "--reset-overlays", description = "Rewrite env/*.yaml with the defaults (they are otherwise never touched once written).")
  boolean resetOverlays;

  private static final String DISK = "disk";

  private final CliContext context;

  ConvertCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    Diagnostics diagnostics = new Diagnostics();
    try {
      ChartSource.Generated chart = ChartSource.generate(context, input, location, versions::resolve, diagnostics);
      if (strict && !diagnostics.warnings().isEmpty()) {
        throw new InputException(diagnostics.warnings().stream()
            .map(w -> new Diagnostic(Severity.ERROR, w.location(), w.key(), w.message()))
            .toList());
      }
      ChartUpdate update = Timings.time(DISK, () -> ChartUpdate.plan(chart.target(), chart.files(), resetOverlays));
      if (!update.handEdits().isEmpty() && !force) {
        return refuse(update);
      }
      if (update.previous().isEmpty() && Files.isRegularFile(chart.target().resolve("Chart.yaml"))) {
        diagnostics.warn(SourceLocation.ofFile(chart.target().toString()), "",
            "the chart has no " + ChartManifest.PATH + " (made by an older compose2helm), so hand edits to it cannot be"
                + " detected this time; they can from now on");
      }
      Timings.time(DISK, () -> {
        if (!update.unchanged()) { // an unchanged chart keeps its files, and their modification times, as they are
          new ChartWriter().write(chart.target(), update).forEach(diagnostics::add);
        }
        new OverlayDrift().find(chart.target(), chart.services(), update.previous()).forEach(diagnostics::add);
      });
      common.report(context, diagnostics);
      context.out().println((update.unchanged() ? "Chart " + chart.chartName() + " in " + chart.target() + " is up to date"
              : "Wrote chart " + chart.chartName() + " to " + chart.target()) + " (" + chart.files().size()
          + " files, " + chart.services().size() + " services, " + diagnostics.warnings().size() + " warnings)");
      context.out().flush();
      return ExitCodes.OK;
    } catch (InputException e) {
      if (!strict) {
        common.report(context, diagnostics);
      }
      throw e;
    }
  }

  private int refuse(ChartUpdate update) {
    for (HandEdit edit : update.handEdits()) {
      context.err().println("compose2helm: error: " + edit.describe());
    }
    context.err().println("compose2helm: nothing was written. Rerun with --force to regenerate and discard "
        + (update.handEdits().size() == 1 ? "this edit." : "these edits."));
    context.err().flush();
    return ExitCodes.HAND_EDITED;
  }
}
