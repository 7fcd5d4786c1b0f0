package io.compose2helm.compose;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.compose2helm.diagnostics.Diagnostics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every Compose file of the shared awesome-compose corpus loads without errors. */
class ComposeCorpusTest {

  private static final Path CORPUS = Path.of("..", "shared", "corpus", "awesome-compose");
  private static final List<String> FILE_NAMES =
      List.of("compose.yaml", "compose.yml", "docker-compose.yaml", "docker-compose.yml");

  static Stream<Path> corpusFiles() throws IOException {
    assertTrue(Files.isDirectory(CORPUS), "corpus missing at " + CORPUS);
    try (Stream<Path> dirs = Files.list(CORPUS)) {
      return dirs.filter(Files::isDirectory)
          .sorted()
          .flatMap(dir -> FILE_NAMES.stream().map(dir::resolve).filter(Files::isRegularFile).limit(1))
          .toList()
          .stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpusFiles")
  void load_corpusFile_loadsWithoutErrors(Path file) throws IOException {
    boolean needsEnvPackage =
        Files.exists(file.resolveSibling(".env")) || Files.readString(file).contains("$");
    if (needsEnvPackage) {
      ComposeTestSupport.assumeEnvPackageImplemented();
    }
    Diagnostics diagnostics = new Diagnostics();
    ComposeProject project =
        new ComposeLoader().load(new LoadRequest(List.of(file), List.of(), Map.of(), null), diagnostics);
    assertFalse(project.services().isEmpty());
    assertTrue(diagnostics.errors().isEmpty(), diagnostics.all().toString());
  }
}
