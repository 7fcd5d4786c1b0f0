package io.compose2helm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.compose2helm.it.Conversion;
import io.compose2helm.testing.FileTrees;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run that left its chart as it found it is replayed only while everything it depended on is as
 * it was: each change a user makes to a Compose file, an env file, a file the chart copies, an
 * override file that appears, or the chart itself, converts again and gives what a run without
 * kept runs gives.
 */
class UnchangedRunsTest {

  private static final Path SAMPLE = Path.of("samples/bytelyst");

  @TempDir Path temp;
  private Path project;
  private Path chart;
  private Path cacheDir;

  /** What one run printed: stdout, stderr, and both as they interleaved. */
  private record Printed(int exitCode, String out, String err, String both) {}

  @AfterEach
  void restoreRacyWindow() {
    UnchangedRuns.racyMillis = 2_000;
  }

  @BeforeEach
  void copySample() throws IOException {
    // These tests edit files and run at once; the window for coarse clocks has its own test.
    UnchangedRuns.racyMillis = 0;
    project = FileTrees.copy(SAMPLE, temp.resolve("project"));
    chart = temp.resolve("chart");
    cacheDir = temp.resolve("cache");
  }

  private String[] convertArgs() {
    return new String[] {project.resolve("docker-compose.yml").toString(), "-o", chart.toString()};
  }

  private Printed run(boolean keeping, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    StringWriter both = new StringWriter();
    PrintWriter outWriter = new PrintWriter(new TwoWriters(out, both), true);
    PrintWriter errWriter = new PrintWriter(new TwoWriters(err, both), true);
    Map<String, String> environment = keeping ? Map.of(ChartSource.RENDER_CACHE, cacheDir.toString()) : Map.of();
    int code = new Main(outWriter, errWriter, environment, () -> Optional.of("test-build")).run(args);
    return new Printed(code, out.toString(), err.toString(), both.toString());
  }

  private Optional<UnchangedRuns.Replay> replayFor(String build, String... args) {
    return UnchangedRuns.forRun(Map.of(ChartSource.RENDER_CACHE, cacheDir.toString()), build, args)
        .flatMap(UnchangedRuns::replay);
  }

  private List<Path> runEntries() throws IOException {
    if (!Files.isDirectory(cacheDir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(cacheDir)) {
      return files.filter(file -> file.getFileName().toString().startsWith("run-")).sorted().toList();
    }
  }

  @Test
  void run_unchangedRerun_isReplayedWithTheSameMessagesInTheSameOrder() {
    Printed first = run(true, convertArgs());
    assertEquals(0, first.exitCode(), first.err());
    assertTrue(first.out().startsWith("Wrote chart"), first.out());
    assertTrue(replayFor("test-build", convertArgs()).isEmpty(), "a run that wrote the chart is not kept");

    Printed second = run(true, convertArgs());
    assertTrue(second.out().contains("is up to date"), second.out());
    assertTrue(replayFor("test-build", convertArgs()).isPresent(), "a run that left the chart as it was is kept");

    Printed third = run(true, convertArgs());
    assertEquals(second, third);
    assertEquals(run(false, convertArgs()), third, "the same as a run that keeps nothing");
    assertTrue(third.both().indexOf("warning:") < third.both().indexOf("is up to date"), third.both());
  }

  @Test
  void replay_keptRun_isMarkedUsedSoThePruneKeepsIt() throws IOException {
    run(true, convertArgs());
    run(true, convertArgs());
    Path entry = runEntries().get(0);
    FileTime longAgo = FileTime.fromMillis(1_000_000_000L);
    Files.setLastModifiedTime(entry, longAgo);

    assertTrue(replayFor("test-build", convertArgs()).isPresent());
    assertTrue(Files.getLastModifiedTime(entry).compareTo(longAgo) > 0,
        "a replayed run counts as written now, or runs of other projects would push it out");
    Files.setLastModifiedTime(entry, longAgo);
    append(project.resolve("docker-compose.yml"), "# edited\n");
    assertTrue(replayFor("test-build", convertArgs()).isEmpty());
    assertEquals(longAgo, Files.getLastModifiedTime(entry), "a run that no longer replays is not marked");
  }

  @Test
  void run_checkTwice_isReplayedAndStaleIsNot() throws IOException {
    run(true, convertArgs());
    String[] check = {"check", project.resolve("docker-compose.yml").toString(), "-o", chart.toString()};
    Printed first = run(true, check);
    assertEquals(0, first.exitCode(), first.err());
    assertTrue(replayFor("test-build", check).isPresent());
    assertEquals(first, run(true, check));

    append(chart.resolve("values.yaml"), "# edited\n");
    assertTrue(replayFor("test-build", check).isEmpty(), "the chart changed");
    Printed stale = run(true, check);
    assertEquals(ExitCodes.STALE, stale.exitCode());
    assertTrue(replayFor("test-build", check).isEmpty(), "a stale answer is not kept");
    assertEquals(run(false, check), run(true, check));
  }

  /** Each change a user makes, made after a run was kept: it must convert again. */
  @Test
  void replay_afterEachChangeToWhatTheRunRead_convertsAgain() throws IOException {
    Map<String, Change> changes = new LinkedHashMap<>();
    changes.put("Compose file", () -> append(project.resolve("docker-compose.yml"), "\n# comment\n"));
    changes.put("env file", () -> Files.writeString(project.resolve(".env.ecosystem"),
        Files.readString(project.resolve(".env.ecosystem")).replace("POSTGRES_DB=", "POSTGRES_DB=other")));
    changes.put("override file appears", () -> Files.writeString(project.resolve("docker-compose.override.yml"),
        "services:\n  redis:\n    environment:\n      FOO: bar\n"));
    changes.put("bundled file", () -> append(project.resolve("config/catalog-seed.json"), " "));
    changes.put("bundled file removed", () -> Files.delete(project.resolve("config/catalog-seed.json")));
    changes.put("service env_file", () -> append(project.resolve("config/billing.env"), "\nEXTRA=1\n"));
    changes.put("chart file edited", () -> append(chart.resolve("env/dev.yaml"), "\n# mine\n"));
    changes.put("chart file added", () -> Files.writeString(chart.resolve("templates/extra.yaml"), "# mine\n"));
    changes.put("chart file removed", () -> Files.delete(chart.resolve("README.md")));
    changes.put("chart folder emptied", () -> FileTrees.delete(chart));

    List<String> replayed = new ArrayList<>();
    for (Map.Entry<String, Change> change : changes.entrySet()) {
      FileTrees.delete(temp.resolve("project"));
      FileTrees.delete(chart);
      FileTrees.delete(cacheDir);
      project = FileTrees.copy(SAMPLE, temp.resolve("project"));
      run(true, convertArgs());
      run(true, convertArgs());
      assertTrue(replayFor("test-build", convertArgs()).isPresent(), change.getKey() + ": kept before the change");

      change.getValue().make();
      if (replayFor("test-build", convertArgs()).isPresent()) {
        replayed.add(change.getKey());
      }
      Path reference = temp.resolve("reference");
      FileTrees.delete(reference);
      if (Files.isDirectory(chart)) {
        FileTrees.copy(chart, reference);
      }
      Printed kept = run(true, convertArgs());
      FileTrees.delete(chart);
      if (Files.isDirectory(reference)) {
        FileTrees.copy(reference, chart);
      }
      assertEquals(run(false, convertArgs()), kept, change.getKey() + ": as a run that keeps nothing");
    }
    assertEquals(List.of(), replayed, "changes that still replayed the kept run");
  }

  /**
   * A run whose kept run missed takes the chart's stamp from that miss (the folder is walked once):
   * after a change that leaves the chart as it is, the run is kept with the chart as it is now.
   */
  @Test
  void run_afterAMissThatLeavesTheChartAsItIs_isKeptAndReplayed() throws IOException {
    run(true, convertArgs());
    run(true, convertArgs());
    append(project.resolve("docker-compose.yml"), "\n# comment\n");
    append(chart.resolve("env/dev.yaml"), "\n# mine\n");
    assertTrue(replayFor("test-build", convertArgs()).isEmpty());
    Printed converted = run(true, convertArgs());
    assertTrue(converted.out().contains("is up to date"), converted.out());
    assertTrue(replayFor("test-build", convertArgs()).isPresent(), "kept with the chart as the miss found it");
    assertEquals(converted, run(true, convertArgs()));
    append(chart.resolve("env/dev.yaml"), "# again\n");
    assertTrue(replayFor("test-build", convertArgs()).isEmpty(), "and not with the stamp of the chart before");
  }

  /** Every Compose file of the corpora, as the CLI converts it: a kept run replays what it printed. */
  @Test
  void run_corpusFiles_replayWhatARunThatKeepsNothingPrints() throws IOException {
    List<Path> files = Conversion.corpusComposeFiles();
    int replayed = 0;
    for (Path file : files) {
      String[] args = {file.toString(), "-o", chart.toString()};
      FileTrees.delete(chart);
      run(false, args);
      Printed reference = run(false, args);
      FileTrees.delete(chart);
      FileTrees.delete(cacheDir);
      run(true, args);
      Printed kept = run(true, args);
      assertEquals(reference, kept, file.toString());
      boolean keepable = reference.exitCode() == 0;
      assertEquals(keepable, replayFor("test-build", args).isPresent(), file + ": kept exactly when it succeeded");
      assertEquals(reference, run(true, args), file + ": replayed");
      replayed += keepable ? 1 : 0;
    }
    System.out.println("kept runs over the corpora: " + replayed + " of " + files.size() + " files replayed");
    assertTrue(replayed >= 50, "most corpus files convert: " + replayed);
  }

  @Test
  void replay_otherBuildArgumentsOrDamagedEntry_misses() throws IOException {
    run(true, convertArgs());
    run(true, convertArgs());
    assertTrue(replayFor("test-build", convertArgs()).isPresent());
    assertTrue(replayFor("other-build", convertArgs()).isEmpty(), "another build");
    List<String> quiet = new ArrayList<>(List.of(convertArgs()));
    quiet.add("-q");
    assertTrue(replayFor("test-build", quiet.toArray(String[]::new)).isEmpty(), "other arguments");

    Path entry = runEntries().get(0);
    byte[] whole = Files.readAllBytes(entry);
    Files.write(entry, java.util.Arrays.copyOf(whole, whole.length - 1));
    assertTrue(replayFor("test-build", convertArgs()).isEmpty(), "cut short");
    Files.write(entry, java.util.Arrays.copyOf(whole, whole.length + 1));
    assertTrue(replayFor("test-build", convertArgs()).isEmpty(), "extended");
    Files.write(entry, whole);
    assertTrue(replayFor("test-build", convertArgs()).isPresent(), "whole again");
    assertEquals(run(false, convertArgs()), run(true, convertArgs()));
  }

  @Test
  void forRun_optionsWhoseRunsAreNeverKept_keepNothing() {
    Map<String, String> environment = Map.of(ChartSource.RENDER_CACHE, cacheDir.toString());
    assertTrue(UnchangedRuns.forRun(environment, "b", "x.yml").isPresent());
    assertTrue(UnchangedRuns.forRun(environment, "b", "x.yml", "--timings").isEmpty());
    assertTrue(UnchangedRuns.forRun(environment, "b", "x.yml", "--os-env").isEmpty());
    assertTrue(UnchangedRuns.forRun(environment, "b", "x.yml", "--templates", "t").isEmpty());
    assertTrue(UnchangedRuns.forRun(environment, "b", "x.yml", "--templates=t").isEmpty());
    assertTrue(UnchangedRuns.forRun(environment, null, "x.yml").isEmpty(), "classes outside a jar");
    assertTrue(UnchangedRuns.forRun(Map.of(), "b", "x.yml").isEmpty(), "no cache folder");
    assertTrue(UnchangedRuns.forRun(Map.of(ChartSource.RENDER_CACHE, cacheDir.toString(), UnchangedRuns.SWITCH, "off"),
        "b", "x.yml").isEmpty(), "switched off");
    assertTrue(UnchangedRuns.forRun(Map.of(ChartSource.RENDER_CACHE, ""), "b", "x.yml").isEmpty(), "cache off");
  }

  @Test
  void run_withTimings_keepsNothing() throws IOException {
    run(true, convertArgs());
    List<String> timed = new ArrayList<>(List.of(convertArgs()));
    timed.add("--timings");
    run(true, timed.toArray(String[]::new));
    Printed again = run(true, timed.toArray(String[]::new));
    assertTrue(again.err().contains("compose2helm timings"), again.err());
    assertEquals(List.of(), runEntries());
  }

  @Test
  void keep_sampleWithSecrets_entriesHoldNoSecretWholeOrHalf() throws IOException {
    run(true, convertArgs());
    run(true, convertArgs());
    run(true, "check", project.resolve("docker-compose.yml").toString(), "-o", chart.toString());
    List<String> secrets = Files.readAllLines(project.resolve(".env.ecosystem")).stream()
        .filter(line -> line.matches("(POSTGRES_PASSWORD|JWT_SECRET|SESSION_SECRET|STRIPE_SECRET_KEY)=.+"))
        .map(line -> line.substring(line.indexOf('=') + 1).replace("'", ""))
        .toList();
    assertEquals(4, secrets.size());
    List<Path> entries = runEntries();
    assertEquals(2, entries.size(), entries.toString());
    try (Stream<Path> files = Files.list(cacheDir)) {
      assertEquals(List.of(), files.filter(file -> !file.getFileName().toString().startsWith("r")).toList(),
          "no other file");
    }
    for (Path entry : entries) {
      String text = new String(Files.readAllBytes(entry), StandardCharsets.ISO_8859_1);
      for (String secret : secrets) {
        assertFalse(text.contains(secret), entry + " holds a secret");
        assertFalse(text.contains(secret.substring(0, secret.length() / 2)), entry + " holds half a secret");
      }
      assertEquals("[OWNER_READ, OWNER_WRITE]",
          new java.util.TreeSet<>(Files.getPosixFilePermissions(entry)).toString(), "owner-only");
    }
  }

  @Test
  void keep_fileChangedWithinTheRacyWindow_keepsNothingUntilItIsOlder() {
    UnchangedRuns.racyMillis = 60_000; // every file of the fresh copy changed within the last minute
    run(true, convertArgs());
    run(true, convertArgs());
    assertTrue(replayFor("test-build", convertArgs()).isEmpty(), "a file changed within the window");
    UnchangedRuns.racyMillis = 0;
    run(true, convertArgs());
    assertTrue(replayFor("test-build", convertArgs()).isPresent());
  }

  private static void append(Path file, String text) throws IOException {
    Files.writeString(file, text, java.nio.file.StandardOpenOption.APPEND);
  }

  private interface Change {
    void make() throws IOException;
  }

  /** Writes to two writers: one stream alone, and both streams as they interleave. */
  private static final class TwoWriters extends java.io.Writer {
    private final StringWriter one;
    private final StringWriter both;

    TwoWriters(StringWriter one, StringWriter both) {
      this.one = one;
      this.both = both;
    }

    @Override
    public void write(char[] chars, int offset, int length) {
      one.write(chars, offset, length);
      both.write(chars, offset, length);
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }
}
