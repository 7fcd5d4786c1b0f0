package io.compose2helm.diagnostics;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Wall time per phase of one run, for the hidden {@code --timings} flag: where a conversion spends
 * its time. A phase's time excludes the phases nested inside it, so the rows add up. Recording is a
 * few {@link System#nanoTime} calls, cheap enough to stay on in every run.
 */
public final class Timings {

  private static final Map<String, Long> NANOS = Collections.synchronizedMap(new LinkedHashMap<>());
  // Per thread: conversions that run at once (tests do) must not pop each other's phases. A class, not
  // a lambda: a replayed run (cli.UnchangedRuns) links no lambda at all, and the first costs ~10 ms.
  private static final ThreadLocal<Deque<long[]>> OPEN = new ThreadLocal<>() {
    @Override
    protected Deque<long[]> initialValue() {
      return new ArrayDeque<>();
    }
  };
  private static long mainStarted;
  private static long mainStartedMillis;

  private Timings() {}

  /** Called first thing in main: the end of the JVM start. */
  public static void mainStarted() {
    mainStarted = System.nanoTime();
    mainStartedMillis = System.currentTimeMillis();
  }

  /**
   * Starts the named phase, which ends when the returned phase is closed (times add up when a phase
   * runs more than once): {@code try (Timings.Phase phase = Timings.start("mapping")) { ... }}. A
   * try block, not a lambda: on JDK 17 each lambda's first call costs a tenth of a millisecond or more
   * to link, and a conversion's lambdas were a fifth of its time.
   */
  public static Phase start(String phase) {
    Deque<long[]> open = OPEN.get();
    long[] nested = {0};
    open.push(nested);
    return new Phase(phase, open, nested, System.nanoTime());
  }

  /** Records a phase measured by the caller, e.g. the command line parsing that ends in a command. */
  public static void record(String phase, long startNanos) {
    add(phase, System.nanoTime() - startNanos);
  }

  private static void add(String phase, long nanos) {
    synchronized (NANOS) {
      Long before = NANOS.get(phase);
      NANOS.put(phase, before == null ? nanos : before + nanos);
    }
  }

  /** One phase in progress on this thread; closing it records its time less its nested phases'. */
  public static final class Phase implements AutoCloseable {
    private final String name;
    private final Deque<long[]> open;
    private final long[] nested;
    private final long started;

    private Phase(String name, Deque<long[]> open, long[] nested, long started) {
      this.name = name;
      this.open = open;
      this.nested = nested;
      this.started = started;
    }

    @Override
    public void close() {
      long spent = System.nanoTime() - started;
      open.pop();
      add(name, spent - nested[0]);
      if (!open.isEmpty()) {
        open.peek()[0] += spent;
      }
    }
  }

  public static long mainStartedNanos() {
    return mainStarted;
  }

  /** When bin/compose2helm started, from the EPOCHREALTIME it exports, or 0. */
  private static long launcherStartedMillis() {
    String launched = System.getenv("COMPOSE2HELM_LAUNCHED");
    try {
      return launched == null ? 0 : new BigDecimal(launched.replace(',', '.')).movePointRight(3).longValue();
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  /** Prints one row per phase in milliseconds, the JVM start first, then the rest of the run. */
  public static void print(PrintWriter err) {
    long now = System.nanoTime();
    err.println("compose2helm timings (ms):");
    if (mainStarted != 0) {
      // The process start time Linux reports is rounded to the boot second; the JVM's own start time
      // (taken when its initialisation is done) is exact.
      long jvmStarted = ManagementFactory.getRuntimeMXBean().getStartTime();
      long launched = launcherStartedMillis();
      if (launched > 0 && launched <= jvmStarted) {
        err.printf("  %-22s %6d%n", "launcher + jvm init", jvmStarted - launched);
      }
      err.printf("  %-22s %6d%n", "jvm init to main", mainStartedMillis - jvmStarted);
    }
    long accounted = 0;
    synchronized (NANOS) {
      for (Map.Entry<String, Long> phase : NANOS.entrySet()) {
        accounted += phase.getValue();
        err.printf("  %-22s %6d%n", phase.getKey(), phase.getValue() / 1_000_000);
      }
    }
    if (mainStarted != 0) {
      err.printf("  %-22s %6d%n", "other", (now - mainStarted - accounted) / 1_000_000);
      err.printf("  %-22s %6d%n", "total in main", (now - mainStarted) / 1_000_000);
    }
    err.flush();
  }
}
