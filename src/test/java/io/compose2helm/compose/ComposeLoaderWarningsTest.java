package io.compose2helm.compose;

import static io.compose2helm.compose.ComposeTestSupport.load;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.compose2helm.diagnostics.Diagnostic;
import io.compose2helm.diagnostics.Diagnostics;
import java.util.List;
import org.junit.jupiter.api.Test;

class ComposeLoaderWarningsTest {

  private static final String FILE = "src/test/resources/compose/unmapped/compose.yaml";

  private final Diagnostics diagnostics = new Diagnostics();
  private final ComposeProject project = load("unmapped/compose.yaml", diagnostics);

  @Test
  void load_unmappedServiceKeys_warnAtTheKey() {
    assertWarning(FILE + ":7:5", "services.api.platform", "platform is not mapped to Kubernetes and is ignored");
    assertWarning(FILE + ":8:5", "services.api.stop_signal", "stop_signal is not mapped to Kubernetes and is ignored");
    assertWarning(FILE + ":9:5", "services.api.ipc", "ipc is not mapped");
  }

  @Test
  void load_unmappedNestedKeys_warnWithTheirPath() {
    assertWarning(FILE + ":13:7", "services.api.deploy.placement", "placement is not mapped");
  }

  @Test
  void load_version_warnsObsolete() {
    assertWarning(FILE + ":1:1", "version", "obsolete");
  }

  @Test
  void load_unmappedKeys_areNotErrorsAndModelledKeysStillLoad() {
    assertTrue(diagnostics.errors().isEmpty());
    assertEquals(List.of("true"), project.services().get("api").healthcheck().test());
    assertEquals("unmapped", project.name());
  }

  private void assertWarning(String location, String key, String messagePart) {
    List<Diagnostic> matching =
        diagnostics.warnings().stream()
            .filter(d -> d.location().toString().equals(location) && d.key().equals(key))
            .toList();
    assertEquals(1, matching.size(), diagnostics.all().toString());
    assertTrue(matching.get(0).message().contains(messagePart), matching.get(0).message());
  }
}
