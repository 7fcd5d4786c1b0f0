package io.compose2helm.cli;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The run bin/compose2helm records its startup archive from: the bundled sample converted, in one
 * JVM, in each of the ways users run it, so that the classes of every common path are in the
 * archive. One recorded conversion covered one path only: a run after an edit, {@code check} or a
 * run with kept runs off then opened the jar for the few classes it alone needs, about 5 ms of
 * every such run. What the runs print goes nowhere and how they end does not matter: an archive
 * with fewer classes only costs speed.
 *
 * <p>Usage: {@code ArchiveTraining COMPOSE_FILE SCRATCH_FOLDER}; the chart, the render cache and the
 * kept runs go into the scratch folder, which the launcher removes.
 */
public final class ArchiveTraining {

  /** A value of the sample's LOG_LEVEL that no run of the user's gives it: an edit of every service. */
  private static final String EDITED_LOG_LEVEL = "compose2helm-archive";

  private ArchiveTraining() {}

  public static void main(String[] args) {
    String compose = args[0];
    Path scratch = Path.of(args[1]);
    String chart = scratch.resolve("chart").toString();
    Map<String, String> environment = new HashMap<>(System.getenv());
    environment.put(ChartSource.RENDER_CACHE, scratch.resolve("render").toString());
    environment.remove(UnchangedRuns.SWITCH);
    // The kept runs are this scratch folder's, and its files were all written a moment ago: without
    // the wait for a coarse clock, the unchanged run is kept and the next one replays it.
    UnchangedRuns.racyMillis = 0;
    Map<String, String> edited = new HashMap<>(environment);
    edited.put("LOG_LEVEL", EDITED_LOG_LEVEL);
    Map<String, String> keptRunsOff = new HashMap<>(environment);
    keptRunsOff.put(UnchangedRuns.SWITCH, "off");

    run(environment, "-q", compose, "-o", chart); // a first conversion, into a new folder
    run(environment, "-q", compose, "-o", chart); // nothing changed: the chart is left as it is, the run kept
    run(environment, "-q", compose, "-o", chart); // and replayed
    run(edited, "-q", "--os-env", compose, "-o", chart); // after an edit: the chart is written again
    run(environment, "check", "-q", compose, "-o", chart); // a stale chart's diff
    run(environment, "-q", compose, "-o", chart);
    run(environment, "check", "-q", compose, "-o", chart); // an up-to-date chart
    run(keptRunsOff, "-q", compose, "-o", chart);
  }

  private static void run(Map<String, String> environment, String... args) {
    PrintWriter nowhere = new PrintWriter(Writer.nullWriter());
    new Main(nowhere, nowhere, environment).run(args);
  }
}
