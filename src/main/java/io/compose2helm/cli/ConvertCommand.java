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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** Converts a Compose project into a Helm chart on disk, keeping the user's overlays and refusing to destroy hand edits. */
final class ConvertCommand implements Callable<Integer> {

  private static final String DISK = "disk";

  private final CliContext context;
  private final CommandSpec spec;
  private final InputOptions input;
  private final ChartLocationOptions location;
  private final ChartVersionOptions versions;
  private final CommonOptions common;
  private final OptionSpec strict;
  private final OptionSpec force;
  private final OptionSpec resetOverlays;

  ConvertCommand(CliContext context) {
    this.context = context;
    spec = CommandSpecs.command(this, "convert", "Convert Compose file(s) into a layered Helm chart (the default command).");
    input = new InputOptions(spec);
    location = new ChartLocationOptions(spec);
    versions = new ChartVersionOptions(spec);
    common = new CommonOptions(spec);
    strict = CommandSpecs.add(spec, OptionSpec.builder("--strict")
        .description("Treat every warning as an error (nothing is written)."));
    force = CommandSpecs.add(spec, OptionSpec.builder("--force")
        .description("Overwrite tool-owned files even when they were edited by hand."));
    resetOverlays = CommandSpecs.add(spec, OptionSpec.builder("--reset-overlays")
        .description("Rewrite env/*.yaml with the defaults (they are otherwise never touched once written)."));
  }

  CommandSpec spec() {
    return spec;
  }

  @Override
  public Integer call() {
    Diagnostics diagnostics = new Diagnostics();
    ChartSource.Generated chart = null;
    try {
      chart = ChartSource.generate(context, input, location, versions, diagnostics);
      if (CommandSpecs.isSet(strict) && !diagnostics.warnings().isEmpty()) {
        throw new InputException(asErrors(diagnostics.warnings()));
      }
      ChartUpdate update;
      try (Timings.Phase phase = Timings.start(DISK)) {
        update = ChartUpdate.plan(chart.onDisk().get(), chart.files(), CommandSpecs.isSet(resetOverlays));
      }
      if (!update.handEdits().isEmpty() && !CommandSpecs.isSet(force)) {
        return refuse(update);
      }
      if (update.previous().isEmpty() && Files.isRegularFile(chart.target().resolve("Chart.yaml"))) {
        diagnostics.warn(SourceLocation.ofFile(chart.target().toString()), "",
            "the chart has no " + ChartManifest.PATH + " (made by an older compose2helm), so hand edits to it cannot be"
                + " detected this time; they can from now on");
      }
      List<String> services = chart.services();
      try (Timings.Phase phase = Timings.start(DISK)) {
        if (update.unchanged()) { // an unchanged chart keeps its files, and their modification times, as they are
          context.watch().leftAsIs();
        } else {
          new ChartWriter().write(chart.target(), update);
        }
        addAll(diagnostics, new OverlayDrift().find(chart.target(), services, update.previous()));
      }
      common.report(context, diagnostics);
      context.out().println((update.unchanged() ? "Chart " + chart.chartName() + " in " + chart.target() + " is up to date"
              : "Wrote chart " + chart.chartName() + " to " + chart.target()) + " (" + chart.files().size()
          + " files, " + services.size() + " services, " + diagnostics.warnings().size() + " warnings)");
      context.out().flush();
      return ExitCodes.OK;
    } catch (InputException e) {
      if (!CommandSpecs.isSet(strict)) {
        common.report(context, diagnostics);
      }
      throw e;
    } finally {
      if (chart != null) {
        chart.awaitCacheWrites();
      }
    }
  }

  private static List<Diagnostic> asErrors(List<Diagnostic> warnings) {
    List<Diagnostic> errors = new ArrayList<>(warnings.size());
    for (Diagnostic warning : warnings) {
      errors.add(new Diagnostic(Severity.ERROR, warning.location(), warning.key(), warning.message()));
    }
    return errors;
  }

  private static void addAll(Diagnostics diagnostics, List<Diagnostic> found) {
    for (Diagnostic diagnostic : found) {
      diagnostics.add(diagnostic);
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
