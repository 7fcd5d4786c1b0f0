package io.compose2helm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.compose2helm.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Runs the CLI in process and reads back what it wrote. */
public final class Conversion {

  /** What one CLI run printed and returned. */
  public record Run(int exitCode, String out, String err) {}

  private Conversion() {}

  public static Run run(String... args) {
    return runWithEnvironment(Map.of(), args);
  }

  public static Run runWithEnvironment(Map<String, String> environment, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = new Main(new PrintWriter(out), new PrintWriter(err), environment).run(args);
    return new Run(code, out.toString(), err.toString());
  }

  /**
   * Writes {@code compose} to FOLDER/docker-compose.yml and converts it into FOLDER/out, whatever the
   * exit code: for tests that state a Compose file inline and check the messages or the chart.
   */
  public static Run convertInline(Path folder, String compose) {
    try {
      Path file = Files.writeString(folder.resolve("docker-compose.yml"), compose);
      return run(file.toString(), "-o", folder.resolve("out").toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Converts one Compose file into {@code output}, failing the test when the CLI fails. */
  public static Run convert(Path composeFile, Path output) {
    Run run = run(composeFile.toString(), "-o", output.toString());
    assertEquals(0, run.exitCode(), () -> "conversion of " + composeFile + " failed:\n" + run.err());
    return run;
  }

  /** Every file under a directory, by relative path with forward slashes, as text. */
  public static Map<String, String> readTree(Path root) {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path path : walk.filter(Files::isRegularFile).toList()) {
        files.put(root.relativize(path).toString().replace('\\', '/'), Files.readString(path, StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }

  /** Every Compose file of the corpora beside the checkout (override files among them), in order. */
  public static List<Path> corpusComposeFiles() {
    try (Stream<Path> walk = Files.walk(Path.of("..", "shared", "corpus"))) {
      return walk.filter(path -> path.getFileName().toString().matches("(docker-)?compose[^/]*\\.ya?ml"))
          .sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The Compose files of the bundled samples and of the golden fixtures. */
  public static List<Path> sampleAndFixtureComposeFiles() {
    return Stream.concat(composeFilesUnder(Path.of("samples")), composeFilesUnder(Path.of("src/test/resources/golden")))
        .toList();
  }

  private static Stream<Path> composeFilesUnder(Path root) {
    try (Stream<Path> dirs = Files.list(root)) {
      return dirs.filter(Files::isDirectory)
          .sorted()
          .map(dir -> dir.resolve("docker-compose.yml"))
          .filter(Files::isRegularFile)
          .toList()
          .stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
