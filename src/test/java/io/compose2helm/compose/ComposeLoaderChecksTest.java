package io.compose2helm.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.compose2helm.diagnostics.Diagnostics;
import io.compose2helm.diagnostics.InputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What Compose refuses and the loader must refuse too: undeclared networks, cycles, bad ignored values. */
class ComposeLoaderChecksTest {

  @TempDir Path temp;

  private ComposeProject load(String compose) throws IOException {
    Path file = temp.resolve("compose.yaml");
    Files.writeString(file, compose);
    return new ComposeLoader().load(new LoadRequest(List.of(file), List.of(), Map.of("SECRET_PW", "Hx9qWz"), null),
        new Diagnostics());
  }

  private InputException loadFails(String compose) {
    return assertThrows(InputException.class, () -> load(compose));
  }

  @Test
  void load_undeclaredNetwork_isAnErrorAtTheEntry() {
    InputException e = loadFails("services:\n  api:\n    image: a:1\n    networks: [front, back]\nnetworks:\n  front: {}\n");

    assertTrue(e.getMessage().contains("compose.yaml:4:23: error: services.api.networks[1]: network 'back' is not declared"),
        e.getMessage());
  }

  @Test
  void load_undeclaredNetworkInMappingForm_isAnError() {
    InputException e = loadFails("services:\n  api:\n    image: a:1\n    networks:\n      back:\n        aliases: [b]\n");

    assertTrue(e.getMessage().contains("network 'back' is not declared"), e.getMessage());
  }

  @Test
  void load_defaultNetwork_needsNoDeclaration() throws IOException {
    ComposeProject project = load("services:\n  api:\n    image: a:1\n    networks: [default]\n");

    assertEquals(List.of("default"), project.services().get("api").networks());
  }

  @Test
  void load_serviceDependingOnItself_isACycle() {
    InputException e = loadFails("services:\n  api:\n    image: a:1\n    depends_on: [api]\n");

    assertTrue(e.getMessage().contains("compose.yaml:2:3: error: services.api.depends_on: dependency cycle: api -> api"),
        e.getMessage());
  }

  @Test
  void load_cycleThroughThreeServices_isReportedOnce() {
    InputException e = loadFails("services:\n  a:\n    image: x\n    depends_on: [b]\n  b:\n    image: x\n    depends_on: [c]\n"
        + "  c:\n    image: x\n    depends_on: [a]\n  d:\n    image: x\n    depends_on: [a]\n");

    assertEquals(1, e.getMessage().split("dependency cycle", -1).length - 1, e.getMessage());
    assertTrue(e.getMessage().contains("dependency cycle: a -> b -> c -> a"), e.getMessage());
  }

  @Test
  void load_sharedDependencyWithoutCycle_loads() throws IOException {
    ComposeProject project = load("services:\n  a:\n    image: x\n    depends_on: [b, c]\n  b:\n    image: x\n    depends_on: [c]\n"
        + "  c:\n    image: x\n");

    assertEquals(3, project.services().size());
  }

  @Test
  void load_healthcheckTestANumber_isATypeError() {
    InputException e = loadFails("services:\n  api:\n    image: a:1\n    healthcheck:\n      test: 5\n");

    assertTrue(e.getMessage().contains("services.api.healthcheck.test: expected a command string or a list"), e.getMessage());
  }

  @Test
  void load_healthcheckTestAQuotedString_isAShellCheck() throws IOException {
    ComposeProject project = load("services:\n  api:\n    image: a:1\n    healthcheck:\n      test: \"5\"\n");

    assertEquals(List.of("5"), project.services().get("api").healthcheck().test());
  }

  @Test
  void load_memoryLimitThatIsNoSize_isAnErrorAtItsValue() {
    // The CLI's redactor replaces an interpolated secret in the message (LegacyResourcesTest).
    InputException e = loadFails("services:\n  api:\n    image: a:1\n    mem_limit: lots\n");

    assertTrue(e.getMessage().contains("compose.yaml:4:16: error: services.api.mem_limit: 'lots' is not a byte size"),
        e.getMessage());
  }

  @Test
  void load_cpusThatIsNoNumber_isAnError() {
    InputException e = loadFails("services:\n  api:\n    image: a:1\n    cpus: lots\n");

    assertTrue(e.getMessage().contains("services.api.cpus: expected a number"), e.getMessage());
  }

  @Test
  void load_legacyResourceKeys_areTheDeployResources() throws IOException {
    Diagnostics diagnostics = new Diagnostics();
    Path file = temp.resolve("compose.yaml");
    Files.writeString(file, "services:\n  api:\n    image: a:1\n    mem_limit: 512m\n    shm_size: 64m\n    cpus: 0.5\n"
        + "    mem_reservation: 128m\n");

    Service api = new ComposeLoader().load(new LoadRequest(List.of(file), List.of(), Map.of(), null), diagnostics)
        .services().get("api");

    assertEquals(new Resources(new Resources.ResourceAmounts("0.5", 512L << 20), new Resources.ResourceAmounts(null, 128L << 20)),
        api.resources());
    assertEquals(1, diagnostics.all().size(), diagnostics.all().toString());
    assertTrue(diagnostics.all().get(0).message().equals("shm_size is not mapped to Kubernetes and is ignored"));
  }

  @Test
  void load_legacyKeyDifferingFromDeploy_isAnErrorAsInCompose() {
    InputException e = loadFails("services:\n  api:\n    image: a:1\n    cpus: 0.5\n    deploy:\n      resources:\n"
        + "        limits: {cpus: '1'}\n");

    assertTrue(e.getMessage().contains("compose.yaml:4:11: error: services.api.cpus: differs from"
        + " deploy.resources.limits.cpus; Compose refuses distinct values for cpus and deploy.resources.limits.cpus"),
        e.getMessage());
  }

  @Test
  void load_legacyKeyEqualToDeploy_isAccepted() throws IOException {
    ComposeProject project = load("services:\n  api:\n    image: a:1\n    mem_limit: 1g\n    deploy:\n      resources:\n"
        + "        limits: {memory: 1024M}\n");

    assertEquals(1L << 30, project.services().get("api").resources().limits().memoryBytes());
  }

  @Test
  void load_serviceNameWithASpace_isRefusedAsInCompose() {
    InputException e = loadFails("services:\n  web api:\n    image: a:1\n  ok.name_1-x:\n    image: a:1\n");

    assertTrue(e.getMessage().contains("compose.yaml:2:3: error: services: service name 'web api' may hold only"), e.getMessage());
    assertEquals(1, e.diagnostics().stream().filter(d -> d.message().contains("service name")).count(), e.getMessage());
  }

  @Test
  void load_processEnvironment_isPartOfTheProjectVariables() throws IOException {
    Path file = temp.resolve("compose.yaml");
    Files.writeString(file, "services:\n  api:\n    image: a:1\n    command: [\"--token\", \"${ONLY_IN_SHELL}\"]\n");
    Files.writeString(temp.resolve(".env"), "FROM_FILE=1\nSHARED=file\n");

    ComposeProject project = new ComposeLoader().load(new LoadRequest(List.of(file), List.of(),
        Map.of("ONLY_IN_SHELL", "from-shell", "OTHER_TOKEN", "t0k", "SHARED", "shell"), null), new Diagnostics());

    assertEquals("from-shell", project.variables().get("ONLY_IN_SHELL"));
    assertEquals("t0k", project.variables().get("OTHER_TOKEN"), "as in Compose, also what the files do not use");
    assertEquals("shell", project.variables().get("SHARED"), "the process environment wins");
    assertEquals("process environment", project.variableSources().get("OTHER_TOKEN"));
  }
}
