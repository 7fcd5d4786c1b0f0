package io.compose2helm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every real-world Compose file of the awesome-compose corpus converts into a valid chart. */
class CorpusTest {

  static final Path CORPUS = Path.of("..", "shared", "corpus", "awesome-compose");
  private static final List<String> COMPOSE_NAMES =
      List.of("compose.yaml", "compose.yml", "docker-compose.yml", "docker-compose.yaml");

  static List<Path> corpusFiles() throws IOException {
    try (Stream<Path> dirs = Files.list(CORPUS)) {
      return dirs.filter(Files::isDirectory)
          .sorted()
          .flatMap(dir -> COMPOSE_NAMES.stream().map(dir::resolve).filter(Files::isRegularFile).limit(1))
          .toList();
    }
  }

  @Test
  void corpusFiles_findsEveryProject() throws IOException {
    assertEquals(39, corpusFiles().size(), "the corpus has 39 Compose projects");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpusFiles")
  void convert_corpusFile_isValidInEveryEnvironment(Path composeFile, @TempDir Path temp) {
    Path chart = temp.resolve("chart");
    Conversion.convert(composeFile, chart);
    ChartValidation.validateAllEnvironments(chart);
  }
}
