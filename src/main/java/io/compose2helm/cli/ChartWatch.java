package io.compose2helm.cli;

import java.nio.file.Path;

/** What a command tells {@link UnchangedRuns} of its chart: where it is, and that it was left as it was. */
interface ChartWatch {

  /** Nothing is kept of the run. */
  ChartWatch NONE = new ChartWatch() {
    @Override
    public void found(Path chart) {}

    @Override
    public void leftAsIs() {}
  };

  /** The chart folder is known; called before anything in it is read. */
  void found(Path chart);

  /** The run wrote nothing to the chart: its answer is about the chart as it was found. */
  void leftAsIs();
}
