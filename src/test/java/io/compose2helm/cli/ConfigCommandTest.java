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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigCommandTest {

  private static final String SAMPLE = "samples/bytelyst/docker-compose.yml";

  @Test
  void config_sample_masksSecretsAndNeverPrintsTheirValues() throws IOException {
    Run run = Conversion.run("config", "-q", SAMPLE);

    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("JWT_SECRET: <secret>"), run.out());
    for (String line : Files.readAllLines(Path.of("samples/bytelyst/.env.ecosystem"))) {
      int equals = line.indexOf('=');
      if (line.contains("PASSWORD=") || line.contains("SECRET=")) {
        assertFalse(run.out().contains(line.substring(equals + 1)), "leaked " + line.substring(0, equals));
      }
    }
  }

  @Test
  void config_twice_printsIdenticalText() {
    assertEquals(Conversion.run("config", "-q", SAMPLE).out(), Conversion.run("config", "-q", SAMPLE).out());
  }

  @Test
  void config_osEnv_processVariableOverridesEnvFile(@TempDir Path dir) throws IOException {
    Path compose = dir.resolve("docker-compose.yml");
    Files.writeString(compose, "services:\n  api:\n    image: example/api\n    environment:\n      LEVEL: ${LEVEL}\n");
    Files.writeString(dir.resolve(".env"), "LEVEL=from-file\n");
    Map<String, String> shell = Map.of("LEVEL", "from-shell");

    Run withOsEnv = Conversion.runWithEnvironment(shell, "config", "--os-env", compose.toString());
    Run without = Conversion.runWithEnvironment(shell, "config", compose.toString());

    assertTrue(withOsEnv.out().contains("LEVEL: from-shell"), withOsEnv.out());
    assertTrue(without.out().contains("LEVEL: from-file"), without.out());
  }

  @Test
  void config_jsonFormat_printsJson() {
    Run run = Conversion.run("config", "-q", "--format", "json", SAMPLE);

    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().startsWith("{"), run.out());
    assertTrue(run.out().contains("\"JWT_SECRET\" : \"<secret>\""), run.out());
  }

  @Test
  void config_unknownFormat_isUsageError() {
    assertEquals(ExitCodes.USAGE, Conversion.run("config", "--format", "toml", SAMPLE).exitCode());
  }

  @Test
  void config_help_saysSecretsAreMasked() {
    Run run = Conversion.run("config", "--help");

    assertTrue(run.out().contains("<secret>"), run.out());
    assertTrue(run.out().contains("--profile"), run.out());
    assertTrue(run.out().contains("--file"), run.out());
  }

  @Test
  void config_typeError_exitsThreeWithLocationAndNoStackTrace(@TempDir Path dir) throws IOException {
    Path compose = dir.resolve("compose.yaml");
    Files.writeString(compose, "services:\n  api:\n    image: example/api\n    ports: 80\n");

    Run run = Conversion.run("config", compose.toString());

    assertEquals(ExitCodes.INVALID_INPUT, run.exitCode());
    assertTrue(run.err().contains(compose + ":4:12: error: services.api.ports: expected a list"), run.err());
    assertFalse(run.err().contains("\tat "), run.err());
  }

  @Test
  void config_misspelledKey_suggestsTheKnownKey(@TempDir Path dir) throws IOException {
    Path compose = dir.resolve("compose.yaml");
    Files.writeString(compose, "services:\n  api:\n    image: example/api\n    enviroment:\n      A: b\n");

    Run run = Conversion.run("config", compose.toString());

    assertEquals(ExitCodes.INVALID_INPUT, run.exitCode());
    assertTrue(run.err().contains(":4:5: error: services.api.enviroment: unknown key 'enviroment' (did you mean 'environment'?)"), run.err());
  }

  @Test
  void config_fileOptions_mergeInOrder(@TempDir Path dir) throws IOException {
    Path base = dir.resolve("a.yml");
    Path override = dir.resolve("b.yml");
    Files.writeString(base, "services:\n  api:\n    image: example/api:1\n    environment: [A=1, B=2]\n");
    Files.writeString(override, "services:\n  api:\n    image: example/api:2\n    environment:\n      B: three\n");

    Run run = Conversion.run("config", "-f", base.toString(), "-f", override.toString());

    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("A: \"1\"\n      B: three\n    image: example/api:2"), run.out());
  }

  @Test
  void config_extendsCycle_isAnInputError(@TempDir Path dir) throws IOException {
    Path compose = dir.resolve("compose.yaml");
    Files.writeString(compose, "services:\n  a:\n    extends: b\n  b:\n    extends: a\n");

    Run run = Conversion.run("config", compose.toString());

    assertEquals(ExitCodes.INVALID_INPUT, run.exitCode());
    assertTrue(run.err().contains("extends forms a cycle"), run.err());
  }

  @Test
  void config_includeConflict_isAnInputError(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("other.yaml"), "services:\n  api:\n    image: example/other\n");
    Path compose = dir.resolve("compose.yaml");
    Files.writeString(compose, "include: [other.yaml]\nservices:\n  api:\n    image: example/api\n");

    Run run = Conversion.run("config", compose.toString());

    assertEquals(ExitCodes.INVALID_INPUT, run.exitCode());
    assertTrue(run.err().contains("services.api: 'api' is defined both here and in a file this project includes"), run.err());
  }
}
