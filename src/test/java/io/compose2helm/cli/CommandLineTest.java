package io.compose2helm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.compose2helm.it.Conversion;
import io.compose2helm.it.Conversion.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The command line itself: each command's help, what every option parses into, and usage errors. */
class CommandLineTest {

  private static final String SAMPLE = "samples/bytelyst/docker-compose.yml";
  /** The help each command printed when its model was still read from annotations. */
  private static final Path HELP = Path.of("src/test/resources/cli-help");

  @TempDir Path temp;

  @Test
  void run_help_printsTheRootHelpListingEveryCommand() throws IOException {
    Run run = Conversion.run("--help");

    assertEquals(ExitCodes.OK, run.exitCode(), run.err());
    assertEquals(Files.readString(HELP.resolve("root.txt")), run.out());
    assertEquals("", run.err());
  }

  @ParameterizedTest
  @ValueSource(strings = {"convert", "audit", "check", "diff", "config"})
  void run_commandHelp_printsEveryOptionWithItsLabelAndDescription(String command) throws IOException {
    Run run = Conversion.run(command, "--help");

    assertEquals(ExitCodes.OK, run.exitCode(), run.err());
    assertEquals(Files.readString(HELP.resolve(command + ".txt")), run.out());
    assertFalse(run.out().contains(CommonOptions.TIMINGS), "hidden");
  }

  @Test
  void run_commandVersion_printsTheRootsVersion() {
    String version = Conversion.run("--version").out();

    assertTrue(version.startsWith("compose2helm "), version);
    assertEquals(version, Conversion.run("-V").out());
    assertEquals(version, Conversion.run("convert", "--version").out());
    assertEquals(version, Conversion.run("config", "-V").out());
  }

  static Stream<Arguments> usageErrors() {
    return Stream.of(
        Arguments.of(new String[] {}, "Missing required subcommand"),
        Arguments.of(new String[] {"--frobnicate"}, "Unknown option: '--frobnicate'"),
        Arguments.of(new String[] {SAMPLE, "-o"}, "Missing required parameter for option '--output' (DIR)"),
        Arguments.of(new String[] {SAMPLE, "--name"}, "Missing required parameter for option '--name' (NAME)"),
        Arguments.of(new String[] {SAMPLE, "-o", "a", "--output", "b"}, "option '--output' (DIR) should be specified only once"),
        Arguments.of(new String[] {SAMPLE, "-q", "--quiet"}, "option '--quiet' should be specified only once"),
        Arguments.of(new String[] {SAMPLE, "--chart-version", "1.0.0", "--bump", "minor"},
            "Error: --chart-version=X.Y.Z, --bump=PART are mutually exclusive (specify only one)"),
        Arguments.of(new String[] {SAMPLE, "--bump", "huge"},
            "Invalid value for option '--bump': expected one of [PATCH, MINOR, MAJOR] (case-insensitive) but was 'huge'"),
        Arguments.of(new String[] {"config", SAMPLE, "--format", "toml"},
            "Invalid value for option '--format': expected one of [YAML, JSON] (case-insensitive) but was 'toml'"),
        Arguments.of(new String[] {"audit", SAMPLE, "--format", "xml"}, "unknown --format 'xml': use text or json"),
        Arguments.of(new String[] {"audit", SAMPLE, "--fail-on", "all"}, "unknown --fail-on 'all': use none, warning or error"),
        Arguments.of(new String[] {"check", SAMPLE, "--env", "prod"}, "Unknown option: '--env'"),
        Arguments.of(new String[] {"diff", SAMPLE, "--namespace"}, "Missing required parameter for option '--namespace' (NS)"));
  }

  @ParameterizedTest
  @MethodSource("usageErrors")
  void run_usageError_exitsTwoWithPicocliMessageAndHint(String[] args, String message) {
    Run run = Conversion.run(args);

    assertEquals(ExitCodes.USAGE, run.exitCode(), run.err());
    assertEquals("compose2helm: " + message + "\nRun 'compose2helm --help' for usage.\n", run.err());
    assertEquals("", run.out());
  }

  @Test
  void run_inputOptions_reachTheLoadedProject() throws IOException {
    Path base = write("p/base.yml", "name: fromfile\nservices:\n  api:\n    image: example/api:${TAG}\n"
        + "    environment:\n      LEVEL: ${LEVEL}\n      HOME_DIR: ${HOME_DIR:-none}\n"
        + "  debug:\n    image: example/debug\n    profiles: [debug]\n  tools:\n    image: example/tools\n    profiles: [tools]\n");
    Path extra = write("p/extra.yml", "services:\n  api:\n    command: [serve]\n");
    Path first = write("p/first.env", "TAG=1\nLEVEL=first\n");
    Path second = write("p/second.env", "LEVEL=second\n");
    Map<String, String> shell = Map.of("HOME_DIR", "/home/someone");

    Run run = Conversion.runWithEnvironment(shell, "config", "-q", "-f", base.toString(), "--file", extra.toString(),
        "--env-file", first.toString(), "--env-file", second.toString(), "--name", "chosen",
        "--profile", "debug", "--os-env");

    assertEquals(ExitCodes.OK, run.exitCode(), run.err());
    // The name given, both -f files merged, the later env file winning, the process environment
    // read, and only the active profile's service.
    assertEquals("""
        name: chosen
        services:
          api:
            command:
              - serve
            environment:
              HOME_DIR: /home/someone
              LEVEL: second
            image: example/api:1
          debug:
            image: example/debug
            profiles:
              - debug
        """, run.out());
  }

  @Test
  void run_positionalFilesAndAllProfiles_areRead() throws IOException {
    Path base = write("q/base.yml", "services:\n  api:\n    image: example/api\n  tools:\n    image: example/tools\n"
        + "    profiles: [tools]\n");
    Path extra = write("q/extra.yml", "services:\n  api:\n    image: example/api:2\n");

    Run run = Conversion.run("config", "-q", base.toString(), extra.toString(), "--profile", "*");

    assertEquals(ExitCodes.OK, run.exitCode(), run.err());
    assertEquals("""
        name: q
        services:
          api:
            image: example/api:2
          tools:
            image: example/tools
            profiles:
              - tools
        """, run.out());
  }

  @Test
  void run_chartOptions_reachChartYaml() throws IOException {
    Path chart = temp.resolve("chart");

    Run set = Conversion.run(SAMPLE, "--quiet", "--stacktrace", "--output=" + chart, "--chart-version", "2.3.4",
        "--app-version", "7.0");
    assertEquals(ExitCodes.OK, set.exitCode(), set.err());
    assertEquals("", set.err());
    assertTrue(chartYaml(chart).contains("\nversion: 2.3.4\nappVersion: '7.0'\n"), chartYaml(chart));

    Run bumped = Conversion.run("convert", SAMPLE, "-q", "-o", chart.toString(), "--bump", "Minor");
    assertEquals(ExitCodes.OK, bumped.exitCode(), bumped.err());
    assertTrue(chartYaml(chart).contains("\nversion: 2.4.0\nappVersion: '7.0'\n"), chartYaml(chart));
  }

  private static String chartYaml(Path chart) throws IOException {
    return Files.readString(chart.resolve("Chart.yaml"));
  }

  @Test
  void run_timings_printsThePhasesToStderr() {
    Run run = Conversion.run(SAMPLE, "-q", CommonOptions.TIMINGS, "-o", temp.resolve("t").toString());

    assertEquals(ExitCodes.OK, run.exitCode(), run.err());
    assertTrue(run.err().startsWith("compose2helm timings (ms):\n"), run.err());
    assertTrue(run.err().contains("  cli parse "), run.err());
  }

  private Path write(String relative, String content) throws IOException {
    Path file = temp.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content);
    return file;
  }
}
