package io.compose2helm.chart;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.compose2helm.compose.ComposeLoader;
import io.compose2helm.compose.ComposeProject;
import io.compose2helm.compose.LoadRequest;
import io.compose2helm.diagnostics.Diagnostics;
import io.compose2helm.kube.KubeMapper;
import io.compose2helm.kube.KubeModel;
import io.compose2helm.kube.SecretVariables;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LeakGuardTest {

  private static final Path FIXTURE = Path.of("src/test/resources/golden/secrets/docker-compose.yml");

  private final ComposeProject project =
      new ComposeLoader().load(new LoadRequest(List.of(FIXTURE), List.of(), Map.of(), null), new Diagnostics());
  private final SecretVariables secrets = SecretVariables.classify(project, List.of("INTERNAL_SIGNING_SEED"), List.of());
  private final KubeModel model = new KubeMapper().map(project, secrets, new Diagnostics());

  @Test
  void check_cleanFiles_passes() {
    assertDoesNotThrow(() -> LeakGuard.check(Map.of("values.yaml", "key: JWT_SECRET\n"), secrets, project, model));
  }

  @Test
  void check_interpolatedSecretInAFile_stopsNamingVariableAndFileButNotValue() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> LeakGuard.check(Map.of("values.yaml", "x: fake-db-password-123\n"), secrets, project, model));
    assertTrue(e.getMessage().contains("DB_PASSWORD") && e.getMessage().contains("values.yaml"), e.getMessage());
    assertFalse(e.getMessage().contains("fake-db-password-123"));
  }

  @Test
  void check_secretEqualToTheProjectName_isNotALeak() {
    ComposeProject named = new ComposeProject("fake-db-password-123", project.files(), project.services(), project.volumes(),
        project.networks(), project.secrets(), project.configs(), project.variables(), project.variableSources(),
        project.extensions());
    assertDoesNotThrow(() -> LeakGuard.check(Map.of("Chart.yaml", "name: fake-db-password-123\n"), secrets, named, model));
  }

  @Test
  void check_envFileSecretInAFile_stops() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> LeakGuard.check(Map.of("templates/x.yaml", "fake-stripe-key-from-env-file"), secrets, project, model));
    assertTrue(e.getMessage().contains("STRIPE_SECRET_KEY"), e.getMessage());
  }
}
