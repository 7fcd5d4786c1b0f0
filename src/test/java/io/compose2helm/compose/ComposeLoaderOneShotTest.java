package io.compose2helm.compose;

import static io.compose2helm.compose.ComposeTestSupport.load;
import static io.compose2helm.compose.ComposeTestSupport.loadFails;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.compose2helm.compose.VolumeMount.Type;
import io.compose2helm.diagnostics.Diagnostics;
import io.compose2helm.diagnostics.InputException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The keys that tell a one-shot task and its scratch space: deploy.restart_policy and tmpfs. */
class ComposeLoaderOneShotTest {

  @Test
  void load_restartPolicy_readsConditionAndAttempts_warnsAboutTheRest() {
    Diagnostics diagnostics = new Diagnostics();
    Service seed = load("one-shot/compose.yaml", diagnostics).services().get("seed");
    assertEquals(new RestartPolicy("none", 2), seed.restartPolicy());
    assertTrue(diagnostics.all().stream().anyMatch(d -> d.key().equals("services.seed.deploy.restart_policy.delay")
        && d.message().contains("not mapped")), diagnostics.all().toString());
  }

  @Test
  void load_tmpfsKey_addsTmpfsMountsAfterTheVolumes() {
    ComposeProject project = load("one-shot/compose.yaml");
    assertEquals(List.of(new VolumeMount(Type.TMPFS, null, "/tmp", false), new VolumeMount(Type.TMPFS, null, "/run", false)),
        project.services().get("seed").volumes());
    assertEquals(List.of(new VolumeMount(Type.ANONYMOUS, null, "/data", false), new VolumeMount(Type.TMPFS, null, "/tmp", false)),
        project.services().get("scratch").volumes());
  }

  @Test
  void load_unknownRestartCondition_isAnErrorAtItsLine() {
    InputException e = loadFails("errors/bad-restart-policy.yaml");
    assertTrue(e.getMessage().contains("bad-restart-policy.yaml:6:20: error: services.seed.deploy.restart_policy.condition:"
        + " expected none, on-failure or any but found 'sometimes'"), e.getMessage());
  }
}
