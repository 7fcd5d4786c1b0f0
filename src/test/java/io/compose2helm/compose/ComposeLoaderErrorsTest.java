package io.compose2helm.compose;

import static io.compose2helm.compose.ComposeTestSupport.loadFails;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.compose2helm.diagnostics.Diagnostic;
import io.compose2helm.diagnostics.InputException;
import org.junit.jupiter.api.Test;

class ComposeLoaderErrorsTest {

  private static final String DIR = "src/test/resources/compose/errors/";

  @Test
  void load_malformedYaml_namesFileLineAndColumn() {
    InputException e = loadFails("errors/malformed.yaml");
    assertTrue(e.getMessage().startsWith(DIR + "malformed.yaml:4:"), e.getMessage());
    assertTrue(e.getMessage().contains("invalid YAML"), e.getMessage());
  }

  @Test
  void load_unknownKey_suggestsTheClosestKnownKey() {
    InputException e = loadFails("errors/unknown-key.yaml");
    assertEquals(2, e.diagnostics().size(), e.getMessage());
    Diagnostic typo = e.diagnostics().get(0);
    assertEquals(DIR + "unknown-key.yaml:4:5", typo.location().toString());
    assertEquals("services.api.enviroment", typo.key());
    assertTrue(typo.message().contains("did you mean 'environment'?"), typo.message());
    Diagnostic noHint = e.diagnostics().get(1);
    assertEquals("services.api.frobnicate", noHint.key());
    assertTrue(noHint.message().contains("unknown key 'frobnicate'"), noHint.message());
  }

  @Test
  void load_invalidPorts_reportsEveryBadEntryWithItsPath() {
    InputException e = loadFails("errors/bad-port.yaml");
    assertEquals(2, e.diagnostics().size(), e.getMessage());
    assertTrue(
        e.getMessage().contains(DIR + "bad-port.yaml:5:9: error: services.api.ports[0]: invalid port: port 70000 is outside 1..65535"),
        e.getMessage());
    assertTrue(e.getMessage().contains(DIR + "bad-port.yaml:6:9: error: services.api.ports[1]"), e.getMessage());
    assertTrue(e.getMessage().contains("'http' is not a port number"), e.getMessage());
  }

  @Test
  void load_unknownDependsOnTarget_namesTheKey() {
    InputException e = loadFails("errors/unknown-dependency.yaml");
    assertTrue(
        e.getMessage().contains(DIR + "unknown-dependency.yaml:5:9: error: services.api.depends_on[0]"),
        e.getMessage());
    assertTrue(e.getMessage().contains("'databse'"), e.getMessage());
  }

  @Test
  void load_typeErrors_sayWhatWasExpected() {
    InputException e = loadFails("errors/type-errors.yaml");
    String message = e.getMessage();
    assertEquals(3, e.diagnostics().size(), message);
    assertTrue(message.contains(DIR + "type-errors.yaml:4:12: error: services.api.ports: expected a list but found '80'"), message);
    assertTrue(message.contains(DIR + "type-errors.yaml:6:17: error: services.api.deploy.replicas: expected an integer"), message);
    assertTrue(message.contains(DIR + "type-errors.yaml:8:7: error: services.api.user: expected a single value"), message);
  }

  @Test
  void load_portRangeSizesDiffer_isAnError() {
    InputException e = loadFails("errors/range-mismatch.yaml");
    assertTrue(e.getMessage().contains("services.api.ports[0]: host port range has 3 ports but the container range has 2"), e.getMessage());
  }

  @Test
  void load_undeclaredNamedVolume_isAnError() {
    InputException e = loadFails("errors/undeclared-volume.yaml");
    assertTrue(e.getMessage().contains(DIR + "undeclared-volume.yaml:5:9: error: services.api.volumes[0]: volume 'data' is not declared"), e.getMessage());
  }

  @Test
  void load_duplicateKey_isAnError() {
    InputException e = loadFails("errors/duplicate-key.yaml");
    assertTrue(e.getMessage().contains(DIR + "duplicate-key.yaml:4:5: error: services.api.image: duplicate key 'image'"), e.getMessage());
  }

  @Test
  void load_missingRequiredEnvFile_namesTheFile() {
    InputException e = loadFails("errors/missing-env-file.yaml");
    assertTrue(e.getMessage().contains(DIR + "missing-env-file.yaml:4:15: error: services.api.env_file"), e.getMessage());
    assertTrue(e.getMessage().contains("env_file '" + DIR + "nope.env' does not exist"), e.getMessage());
  }
}
