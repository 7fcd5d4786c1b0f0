package io.compose2helm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.compose2helm.it.Conversion.Run;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code compose2helm config} prints exactly the text stored under
 * src/test/resources/config-golden for every awesome-compose project and for the override,
 * extends, include, profiles and reset fixtures. After an intended change, regenerate with {@code
 * mvn test -DregenerateGolden=true -Dtest=ConfigGoldenTest} and review the diff.
 */
class ConfigGoldenTest {

  private static final Path CORPUS = Path.of("..", "shared", "corpus", "awesome-compose");
  private static final Path FIXTURES = Path.of("src/test/resources/config-fixtures");
  private static final Path EXPECTED = Path.of("src/test/resources/config-golden");
  private static final boolean REGENERATE = Boolean.getBoolean("compose2helm.regenerateGolden");
  private static final List<String> FILE_NAMES =
      List.of("compose.yaml", "compose.yml", "docker-compose.yaml", "docker-compose.yml");

  static Stream<Arguments> cases() throws IOException {
    List<Arguments> cases = new ArrayList<>();
    try (Stream<Path> dirs = Files.list(CORPUS)) {
      for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
        FILE_NAMES.stream().map(dir::resolve).filter(Files::isRegularFile).findFirst()
            .ifPresent(file -> cases.add(Arguments.of(dir.getFileName().toString(), List.of("-f", file.toString()))));
      }
    }
    cases.add(Arguments.of("fixture-override", List.of(fixture("override/docker-compose.yml"))));
    cases.add(Arguments.of("fixture-extends", List.of(fixture("extends/docker-compose.yml"))));
    cases.add(Arguments.of("fixture-include", List.of(fixture("include/docker-compose.yml"))));
    cases.add(Arguments.of("fixture-profiles", List.of(fixture("profiles/docker-compose.yml"))));
    cases.add(Arguments.of("fixture-profiles-debug",
        List.of("--profile", "debug", fixture("profiles/docker-compose.yml"))));
    cases.add(Arguments.of("fixture-reset",
        List.of("-f", fixture("reset/docker-compose.yml"), "-f", fixture("reset/reset.yml"))));
    return cases.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void config_matchesGolden(String name, List<String> arguments) throws IOException {
    List<String> args = new ArrayList<>(List.of("config", "-q"));
    args.addAll(arguments);
    Run run = Conversion.run(args.toArray(String[]::new));
    assertEquals(0, run.exitCode(), () -> "config failed for " + name + ":\n" + run.err());
    Path expected = EXPECTED.resolve(name + ".yaml");
    if (REGENERATE) {
      Files.createDirectories(EXPECTED);
      Files.writeString(expected, run.out(), StandardCharsets.UTF_8);
    }
    assertTrue(Files.isRegularFile(expected), "no golden file " + expected + "; run with -DregenerateGolden=true");
    assertEquals(Files.readString(expected, StandardCharsets.UTF_8), run.out(), () -> "differs from " + expected);
  }

  private static String fixture(String relative) {
    return FIXTURES.resolve(relative).toString();
  }
}
