package io.compose2helm.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * No input reaches an internal error, the leak guard's included: every fixture and every corpus
 * Compose file, each converted alone, either converts (0) or is refused with a clear error (3).
 */
class NoInternalErrorTest {

  private static final Path REAL = Path.of("..", "shared", "corpus", "real");

  static List<Path> everyInput() throws IOException {
    List<Path> real;
    try (Stream<Path> walk = Files.walk(REAL)) {
      real = walk.filter(Files::isRegularFile)
          .filter(file -> file.getFileName().toString().matches(".*compose.*\\.ya?ml"))
          .sorted()
          .toList();
    }
    return Stream.of(Conversion.sampleAndFixtureComposeFiles(), CorpusTest.corpusFiles(), real)
        .flatMap(List::stream)
        .toList();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("everyInput")
  void convert_anyInput_convertsOrGivesAClearError(Path composeFile, @TempDir Path temp) {
    Conversion.Run run = Conversion.run("-f", composeFile.toString(), "-o", temp.resolve("chart").toString(), "-q");
    assertTrue(Set.of(0, 3).contains(run.exitCode()),
        () -> composeFile + " exited " + run.exitCode() + ":\n" + run.err());
    assertTrue(!run.err().contains("internal error"), run::err);
  }
}
