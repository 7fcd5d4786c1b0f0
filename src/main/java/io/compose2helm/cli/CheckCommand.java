package io.compose2helm.cli;

import io.compose2helm.chart.ChartComparison;
import io.compose2helm.chart.ChartUpdate;
import io.compose2helm.diagnostics.Diagnostics;
import io.compose2helm.diagnostics.Timings;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/** Tells whether the chart on disk is what the current inputs produce; writes nothing. For CI. */
final class CheckCommand implements Callable<Integer> {

  private final CliContext context;
  private final CommandSpec spec;
  private final InputOptions input;
  private final ChartLocationOptions location;
  private final CommonOptions common;

  CheckCommand(CliContext context) {
    this.context = context;
    spec = CommandSpecs.command(this, "check",
        "Check that the chart on disk is exactly what the Compose and env files produce (user overlays in env/ are"
            + " only checked to exist). Writes nothing. Exit 0 when up to date, 1 with a unified diff on stdout when stale.");
    input = new InputOptions(spec);
    location = new ChartLocationOptions(spec);
    common = new CommonOptions(spec);
  }

  CommandSpec spec() {
    return spec;
  }

  @Override
  public Integer call() {
    Diagnostics diagnostics = new Diagnostics();
    ChartSource.Generated chart = null;
    try {
      // The versions on disk are kept by every re-run, so they are never a difference.
      chart = ChartSource.generate(context, input, location, null, diagnostics);
      List<String> diff;
      try (Timings.Phase phase = Timings.start("disk")) {
        diff = ChartComparison.diff(chart.target(), ChartUpdate.plan(chart.onDisk().get(), chart.files(), false));
      }
      common.report(context, diagnostics);
      context.watch().leftAsIs();
      if (diff.isEmpty()) {
        context.out().println("Chart " + chart.target() + " is up to date.");
        return ExitCodes.OK;
      }
      PrintWriter out = context.out();
      for (String line : diff) {
        out.println(line);
      }
      context.err().println("compose2helm: " + chart.target() + " is stale: " + countFiles(diff)
          + " file(s) differ from what the inputs produce. Run compose2helm convert to update it.");
      return ExitCodes.STALE;
    } finally {
      if (chart != null) {
        chart.awaitCacheWrites();
      }
      context.out().flush();
      context.err().flush();
    }
  }

  private static long countFiles(List<String> diff) {
    long files = 0;
    for (String line : diff) {
      if (line.startsWith("+++ ")) {
        files++;
      }
    }
    return files;
  }
}
