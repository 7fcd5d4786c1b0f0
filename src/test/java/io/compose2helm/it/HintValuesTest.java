package io.compose2helm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

/** x-compose2helm values of the wrong type are errors, never a hint that silently does nothing. */
class HintValuesTest {

  @TempDir Path temp;

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "'{skip: \"yes please\"}'            | services.api.x-compose2helm.skip: must be true or false",
      "'{hook: 1}'                         | services.api.x-compose2helm.hook: must be true or false",
      "'{ingress: [a]}'                    | services.api.x-compose2helm.ingress: must be a mapping",
      "'{ingress: {enabled: \"on\"}}'      | services.api.x-compose2helm.ingress.enabled: must be true or false",
      "'{workloadClass: job}'              | services.api.x-compose2helm.workloadClass: must be stateless, stateful or cache"})
  void convert_serviceHintOfTheWrongType_isAnError(String hint, String message) throws IOException {
    Conversion.Run run = convert("services:\n  api:\n    image: a:1\n    x-compose2helm: " + hint + "\n");

    assertEquals(3, run.exitCode(), run.err());
    assertTrue(run.err().contains("docker-compose.yml:2:3: error: " + message), run.err());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "'{secretVariables: 5}'                | x-compose2helm.secretVariables: must be a list of variable names",
      "'{plainVariables: [{a: b}]}'          | x-compose2helm.plainVariables: must be a list of variable names"})
  void convert_projectHintOfTheWrongType_isAnError(String hint, String message) throws IOException {
    Conversion.Run run = convert("x-compose2helm: " + hint + "\nservices:\n  api:\n    image: a:1\n");

    assertEquals(3, run.exitCode(), run.err());
    assertTrue(run.err().contains(message), run.err());
  }

  @org.junit.jupiter.api.Test
  void convert_workloadClassHint_settlesTheClass() throws IOException {
    Conversion.Run run = convert("services:\n  cache:\n    image: redis:7\n    volumes: [cachedata:/data]\n"
        + "    x-compose2helm: {workloadClass: cache}\nvolumes:\n  cachedata:\n");

    assertEquals(0, run.exitCode(), run.err());
    String values = Files.readString(temp.resolve("out/values.yaml"));
    assertTrue(values.contains("    ## @param services.cache.workloadClass cache: x-compose2helm.workloadClass\n    workloadClass: cache\n"), values);
  }

  private Conversion.Run convert(String compose) {
    return Conversion.convertInline(temp, compose);
  }

  @org.junit.jupiter.api.Test
  void convert_unknownProjectHint_namesTheLineOfTheExtension() throws IOException {
    Conversion.Run run = convert("services:\n  api:\n    image: a:1\nx-compose2helm:\n  colour: blue\n");

    assertEquals(3, run.exitCode(), run.err());
    assertTrue(run.err().contains("docker-compose.yml:4:1: error: x-compose2helm.colour: unknown hint"), run.err());
  }

  @org.junit.jupiter.api.Test
  void convert_secretOnlyInTheProcessEnvironment_isReadByReference() throws IOException {
    Path file = temp.resolve("docker-compose.yml");
    Files.writeString(file, "services:\n  cache:\n    image: redis:7.2\n"
        + "    command: [\"redis-server\", \"--requirepass\", \"${REDIS_PASSWORD}\"]\n");

    Conversion.Run run = Conversion.runWithEnvironment(java.util.Map.of("REDIS_PASSWORD", "Qx7shellPW"),
        file.toString(), "-o", temp.resolve("out").toString(), "--os-env");

    assertEquals(0, run.exitCode(), run.err());
    String values = Files.readString(temp.resolve("out/values.yaml"));
    assertTrue(values.contains("- $(REDIS_PASSWORD)"), values);
    assertTrue(!values.contains("Qx7shellPW"), "the value stays out of values.yaml");
  }
}
