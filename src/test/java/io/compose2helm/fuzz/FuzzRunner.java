package io.compose2helm.fuzz;

import io.compose2helm.it.Conversion;
import io.compose2helm.it.Conversion.Run;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Runs one fuzz case over an existing valid chart and lists every way the run misbehaved: a
 * thrown error, an exit code outside the case's, a stack trace, an error without file:line, a
 * changed chart after a failed run, a file left behind, or a planted secret in any output.
 */
public final class FuzzRunner {

  /** The CLI, in process; tests of the runner pass a fake one. */
  @FunctionalInterface
  public interface Cli {
    Run run(Map<String, String> environment, String... args);
  }

  /** What one run printed and returned, and what was wrong with it (empty when nothing). */
  public record Outcome(Run run, List<String> problems) {}

  private static final Pattern STACK_TRACE = Pattern.compile(
      "\\tat |(?m)^\\s+at [\\w.$]+\\(|Exception|Error:|java\\.lang\\.|\\bCaused by\\b");
  private static final Pattern LOCATED_ERROR = Pattern.compile("(?m)^(\\S[^\\n]*?):(\\d+)(?::\\d+)?: error: ");
  private static final int SHOWN_OUTPUT = 600;

  private final Cli cli;
  private final Map<String, byte[]> chart;
  private final Map<String, String> forbidden = PlantedSecrets.forbiddenForms();

  /** @param chart the valid chart every case starts from, by relative path */
  public FuzzRunner(Cli cli, Map<String, byte[]> chart) {
    this.cli = cli;
    this.chart = chart;
  }

  /** The in-process CLI. */
  public static Cli inProcess() {
    return Conversion::runWithEnvironment;
  }

  /** Writes the case into {@code root} (an empty folder) beside a copy of the chart, runs it, checks it. */
  public Outcome run(FuzzCase fuzzCase, Path root) {
    writeInputs(fuzzCase, root);
    Path out = root.resolve("out");
    writeTree(out, chart);
    String[] args = fuzzCase.args().stream().map(arg -> arg.startsWith("./") ? root.resolve(arg.substring(2)).toString() : arg)
        .toArray(String[]::new);
    Run run;
    try {
      run = cli.run(fuzzCase.osEnv(), args);
    } catch (Throwable thrown) { // an Error escaping the CLI is the worst outcome, not a test crash
      return new Outcome(null, List.of("the CLI threw " + thrown));
    }
    List<String> problems = new ArrayList<>();
    String printed = run.out() + run.err();
    if (!fuzzCase.expect().exitCodes.contains(run.exitCode())) {
      problems.add("exit " + run.exitCode() + ", expected " + fuzzCase.expect() + " " + fuzzCase.expect().exitCodes);
    }
    Matcher trace = STACK_TRACE.matcher(printed);
    if (trace.find()) {
      problems.add("stack trace or exception name in the output ('" + trace.group() + "')");
    }
    if (printed.contains("internal error")) {
      problems.add("an internal error");
    }
    if (run.exitCode() == 3) {
      problems.addAll(locationProblems(fuzzCase, run.err()));
    }
    if (run.exitCode() != 0) {
      fuzzCase.mentions().stream()
          .filter(text -> !Pattern.compile(text, Pattern.CASE_INSENSITIVE).matcher(run.err()).find())
          .forEach(text -> problems.add("the message does not say /" + text + "/"));
      problems.addAll(changes(chart, readTree(out)));
    }
    Map<String, byte[]> emitted = emittedFiles(fuzzCase, root);
    problems.addAll(leftBehind(fuzzCase, root));
    problems.addAll(leaks("stdout", run.out()));
    problems.addAll(leaks("stderr", run.err()));
    // The chart every case starts from holds no secret, so only what a run changed is searched.
    emitted.forEach((path, bytes) -> {
      byte[] before = path.startsWith("out/") ? chart.get(path.substring(4)) : null;
      if (!Arrays.equals(before, bytes)) {
        problems.addAll(leaks(path, new String(bytes, StandardCharsets.UTF_8)));
      }
    });
    if (run.exitCode() == 0 && problems.isEmpty()) {
      problems.addAll(fuzzCase.check().problems(out));
    }
    if (!problems.isEmpty()) {
      problems.add("stderr was (planted secrets masked): " + shorten(masked(run.err())));
    }
    return new Outcome(run, problems);
  }

  /** An error names a file of the case with a line, or, when no line can be blamed, what is wrong. */
  private static List<String> locationProblems(FuzzCase fuzzCase, String err) {
    Set<String> names = new HashSet<>();
    fuzzCase.files().keySet().forEach(path -> names.add(Path.of(path).getFileName().toString()));
    Matcher located = LOCATED_ERROR.matcher(err);
    while (located.find()) {
      if (names.contains(Path.of(located.group(1).trim()).getFileName().toString())) {
        return List.of();
      }
    }
    if (fuzzCase.blame() != null) {
      return err.contains(fuzzCase.blame()) ? List.of() : List.of("the message does not name " + fuzzCase.blame());
    }
    return List.of("no 'file:line: error:' naming a file of the case");
  }

  /** Files under the chart that differ from {@code before}, appeared or disappeared. */
  static List<String> changes(Map<String, byte[]> before, Map<String, byte[]> after) {
    List<String> changes = new ArrayList<>();
    before.forEach((path, bytes) -> {
      if (!after.containsKey(path)) {
        changes.add("the failed run removed out/" + path);
      } else if (!Arrays.equals(bytes, after.get(path))) {
        changes.add("the failed run changed out/" + path);
      }
    });
    after.keySet().stream().filter(path -> !before.containsKey(path))
        .forEach(path -> changes.add("the failed run added out/" + path));
    return changes;
  }

  /** One line per planted secret found in {@code text}, naming the first form found. */
  private List<String> leaks(String where, String text) {
    Map<String, String> found = new TreeMap<>();
    forbidden.forEach((form, secret) -> {
      if (text.contains(form)) {
        found.putIfAbsent(secret.split(",")[0], secret);
      }
    });
    return found.values().stream().map(secret -> "planted secret " + secret + " in " + where).toList();
  }

  /** Entries beside the inputs and the chart: temporary or backup copies a run must not leave. */
  private static List<String> leftBehind(FuzzCase fuzzCase, Path root) {
    Set<String> expected = new HashSet<>(Set.of("out"));
    fuzzCase.files().keySet().forEach(path -> expected.add(path.split("/")[0]));
    try (Stream<Path> entries = Files.list(root)) {
      return entries.map(entry -> entry.getFileName().toString()).filter(name -> !expected.contains(name)).sorted()
          .map(name -> "left behind: " + name).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every file under the case's folder that the case did not write, by relative path. */
  private static Map<String, byte[]> emittedFiles(FuzzCase fuzzCase, Path root) {
    Map<String, byte[]> files = readTree(root);
    files.keySet().removeAll(fuzzCase.files().keySet());
    return files;
  }

  private static void writeInputs(FuzzCase fuzzCase, Path root) {
    writeTree(root, fuzzCase.files());
  }

  static void writeTree(Path root, Map<String, byte[]> files) {
    try {
      Files.createDirectories(root);
      for (Map.Entry<String, byte[]> file : files.entrySet()) {
        Path path = root.resolve(file.getKey());
        if (file.getKey().endsWith("/")) { // a folder, for cases that need one where a file belongs
          Files.createDirectories(path);
          continue;
        }
        Files.createDirectories(path.getParent());
        Files.write(path, file.getValue());
        if (path.getFileName().toString().endsWith(".sh")) {
          path.toFile().setExecutable(true);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every regular file under {@code root}, hidden ones included, by relative path with '/'. */
  static Map<String, byte[]> readTree(Path root) {
    Map<String, byte[]> files = new TreeMap<>();
    if (!Files.exists(root)) {
      return files;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path path : walk.filter(p -> !Files.isDirectory(p)).toList()) {
        files.put(root.relativize(path).toString().replace('\\', '/'), Files.readAllBytes(path));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }

  /** Copies a chart folder into memory, for the snapshot every case starts from. */
  public static Map<String, byte[]> snapshot(Path chart) {
    return readTree(chart);
  }

  /** The text with every planted form replaced, so a failure report does not itself leak. */
  private String masked(String text) {
    String masked = text;
    for (String form : forbidden.keySet()) {
      masked = masked.replace(form, "<planted>");
    }
    return masked;
  }

  private static String shorten(String text) {
    return text.length() <= SHOWN_OUTPUT ? text : text.substring(0, SHOWN_OUTPUT) + "...";
  }
}
