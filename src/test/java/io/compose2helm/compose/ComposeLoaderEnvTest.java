package io.compose2helm.compose;

import static io.compose2helm.compose.ComposeTestSupport.fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.compose2helm.compose.EnvVar.Origin;
import io.compose2helm.diagnostics.Diagnostics;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** These tests need the env package from branch h-env; they are skipped until it is merged. */
class ComposeLoaderEnvTest {

  @BeforeEach
  void requireEnvPackage() {
    ComposeTestSupport.assumeEnvPackageImplemented();
  }

  private static ComposeProject load(List<String> envFiles, Map<String, String> processEnv) {
    return new ComposeLoader()
        .load(
            new LoadRequest(
                List.of(fixture("env/compose.yaml")),
                envFiles.stream().map(ComposeTestSupport::fixture).toList(),
                processEnv,
                null),
            new Diagnostics());
  }

  @Test
  void load_defaultEnvFiles_ecosystemFileWinsOverDotEnv() {
    ComposeProject project = load(List.of(), Map.of());
    assertEquals("9091", project.variables().get("PROFILE_PORT"));
    assertEquals("src/test/resources/compose/env/.env.ecosystem", project.variableSources().get("PROFILE_PORT"));
    Service api = project.services().get("api");
    assertEquals("example/api:2.0", api.image());
    assertEquals(9091, api.ports().get(0).hostPort());
  }

  @Test
  void load_explicitEnvFiles_replaceTheDefaults() {
    ComposeProject project = load(List.of("env/.env"), Map.of());
    assertEquals(8081, project.services().get("api").ports().get(0).hostPort());
  }

  @Test
  void load_processEnvironment_winsOverFiles() {
    ComposeProject project = load(List.of(), Map.of("PROFILE_PORT", "7070"));
    assertEquals(7070, project.services().get("api").ports().get(0).hostPort());
  }

  @Test
  void load_environment_keepsRawAndInterpolatedValues() {
    Service api = load(List.of(), Map.of()).services().get("api");
    EnvVar port = find(api, "PORT");
    assertEquals("${PROFILE_PORT}", port.rawValue());
    assertEquals("9091", port.value());
    assertEquals("$5", find(api, "PRICE").value());
  }

  @Test
  void load_envFile_isOverriddenByEnvironment() {
    Service api = load(List.of(), Map.of()).services().get("api");
    assertEquals(Origin.ENV_FILE, find(api, "FROM_FILE").origin());
    assertEquals("yes", find(api, "FROM_FILE").value());
    assertEquals("env", find(api, "SHARED").value());
    assertEquals(Origin.ENVIRONMENT, find(api, "SHARED").origin());
  }

  private static EnvVar find(Service service, String name) {
    return service.environment().stream().filter(v -> v.name().equals(name)).findFirst().orElseThrow();
  }
}
