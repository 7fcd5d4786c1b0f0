package io.compose2helm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.compose2helm.it.Conversion.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Anchors and aliases as Compose accepts them: any number of aliases, while an alias bomb, an alias
 * inside its own anchor and a deeply nested document are clear errors with file and line.
 */
class AnchorLimitsTest {

  private static final int SERVICES = 200;

  @TempDir Path temp;

  private Path write(String compose) throws IOException {
    Path file = temp.resolve("docker-compose.yml");
    Files.writeString(file, compose);
    return file;
  }

  private Run convert(Path file) {
    return Conversion.run(file.toString(), "-o", temp.resolve("out").toString(), "-q");
  }

  @Test
  void convert_loggingAnchorAliasedBy200Services_converts() throws IOException {
    StringBuilder compose = new StringBuilder("x-logging: &default-logging\n  driver: json-file\n"
        + "  options:\n    max-size: 10m\n    max-file: \"3\"\nservices:\n");
    for (int i = 0; i < SERVICES; i++) {
      compose.append("  svc").append(i).append(":\n    image: example/svc:1.").append(i)
          .append("\n    logging: *default-logging\n");
    }
    Run run = convert(write(compose.toString()));
    assertEquals(0, run.exitCode(), run.err());
    String values = Files.readString(temp.resolve("out/values.yaml"));
    assertTrue(values.contains("example/svc") && values.contains("svc199:"), values);
  }

  @Test
  void convert_mergeKeyOf200Services_everyServiceGetsTheCommonKeys() throws IOException {
    StringBuilder compose = new StringBuilder("x-common: &common\n  image: example/worker:2.1\n"
        + "  environment:\n    LOG_LEVEL: info\nservices:\n");
    for (int i = 0; i < SERVICES; i++) {
      compose.append("  w").append(i).append(":\n    <<: *common\n    command: [work, \"").append(i).append("\"]\n");
    }
    Path file = write(compose.toString());
    Run run = convert(file);
    assertEquals(0, run.exitCode(), run.err());
    Run config = Conversion.run("config", file.toString(), "--format", "json");
    assertEquals(0, config.exitCode(), config.err());
    // Each service, plus the x-common extension itself, which config prints too.
    assertEquals(SERVICES + 1, config.out().split("\"example/worker:2.1\"", -1).length - 1, config.out());
    assertEquals(SERVICES + 1, config.out().split("\"LOG_LEVEL\"", -1).length - 1, config.out());
  }

  @Test
  void convert_billionLaughs_isAClearErrorAtTheAlias() throws IOException {
    StringBuilder compose = new StringBuilder("x-a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
    String previous = "a";
    for (String level : new String[] {"b", "c", "d", "e", "f", "g", "h", "i"}) {
      compose.append("x-").append(level).append(": &").append(level).append(" [")
          .append(String.join(", ", java.util.Collections.nCopies(9, "*" + previous))).append("]\n");
      previous = level;
    }
    compose.append("services:\n  web:\n    image: nginx:1.25\n    labels:\n      lol: *i\n");
    Path file = write(compose.toString());
    Run run = convert(file);
    assertEquals(3, run.exitCode(), run.err());
    // The first *e (66430 nodes) in the line of x-f, the sixth, pushes the expansion over the limit.
    assertTrue(run.err().startsWith(file + ":6:10: "), run.err());
    assertTrue(run.err().contains("error: invalid YAML: aliases expand to more than 100000 nodes"), run.err());
    assertNoTrace(run);
  }

  @Test
  void convert_aliasInsideItsOwnAnchor_isAnError() throws IOException {
    Path file = write("x-loop: &loop\n  - a\n  - *loop\nservices:\n  web:\n    image: nginx:1.25\n");
    Run run = convert(file);
    assertEquals(3, run.exitCode(), run.err());
    assertTrue(run.err().startsWith(file + ":3:5: error: invalid YAML: alias *loop refers to the value that contains it"),
        run.err());
  }

  @Test
  void config_redefinedAnchor_aliasesTheLatestDefinition() throws IOException {
    Path file = write("x-one: &img example/old:1\nx-two: &img example/new:2\nservices:\n  web:\n    image: *img\n");
    Run run = Conversion.run("config", file.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("    image: example/new:2\n"), run.out());
  }

  @Test
  void convert_undefinedAlias_namesItsLine() throws IOException {
    Path file = write("services:\n  web:\n    image: nginx:1.25\n    logging: *nowhere\n");
    Run run = convert(file);
    assertEquals(3, run.exitCode(), run.err());
    assertTrue(run.err().startsWith(file + ":4:14: error: invalid YAML: found undefined alias nowhere"), run.err());
  }

  @Test
  void convert_2000NestedBrackets_isAClearErrorNotAStackOverflow() throws IOException {
    Path file = write("services:\n  web:\n    image: nginx:1.25\n    x-deep: " + "[".repeat(2000) + "]".repeat(2000) + "\n");
    Run run = convert(file);
    assertEquals(3, run.exitCode(), run.err());
    assertTrue(run.err().startsWith(file + ":4:"), run.err());
    assertTrue(run.err().contains("error: invalid YAML: nested deeper than 100 levels"), run.err());
    assertNoTrace(run);
  }

  @Test
  void convert_deeplyNestedMappings_isAClearError() throws IOException {
    StringBuilder compose = new StringBuilder("services:\n  web:\n    image: nginx:1.25\n    x-deep:\n");
    for (int depth = 0; depth < 150; depth++) {
      compose.append(" ".repeat(6 + 2 * depth)).append("k:\n");
    }
    Run run = convert(write(compose.toString()));
    assertEquals(3, run.exitCode(), run.err());
    assertTrue(run.err().contains("nested deeper than 100 levels"), run.err());
  }

  static void assertNoTrace(Run run) {
    assertFalse(run.err().contains("internal error"), run.err());
    assertFalse(run.err().contains("\tat "), run.err());
    assertFalse(run.err().contains("Exception") || run.err().contains("Error:"), run.err());
  }
}
