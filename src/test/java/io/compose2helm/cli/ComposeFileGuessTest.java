package io.compose2helm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ComposeFileGuessTest {

  private static Optional<String> guess(String... args) {
    Optional<Path> file = ComposeFileGuess.of(args);
    return file.isPresent() ? Optional.of(file.get().toString()) : Optional.empty();
  }

  @Test
  void of_positionalFile_isThatFileAsPicocliNamesIt() {
    assertEquals(Optional.of("docker-compose.yml"), guess("-q", "docker-compose.yml", "-o", "chart"));
    assertEquals(Optional.of("deploy/compose.yaml"), guess("check", "deploy//compose.yaml"));
    assertEquals(Optional.of(CommandSpecs.path("./a.yml").toString()), guess("./a.yml", "b.yml"));
  }

  @Test
  void of_fileOption_comesBeforeThePositionalFiles() {
    assertEquals(Optional.of("other.yml"), guess("base.yml", "-f", "other.yml"));
    assertEquals(Optional.of("x.yml"), guess("base.yml", "--file", "x.yml"));
    assertEquals(Optional.of("x.yml"), guess("base.yml", "--file=x.yml"));
    assertEquals(Optional.of("x.yml"), guess("base.yml", "-fx.yml"));
  }

  @Test
  void of_noYamlArgument_isEmpty() {
    assertEquals(Optional.empty(), guess("-o", "chart"));
    assertEquals(Optional.empty(), guess());
    assertEquals(Optional.empty(), guess("-f"));
  }

  @Test
  void of_notAPath_isEmpty() {
    assertEquals(Optional.empty(), guess("a\0b.yml"));
  }
}
