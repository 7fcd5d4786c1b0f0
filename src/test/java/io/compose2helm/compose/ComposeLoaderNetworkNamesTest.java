package io.compose2helm.compose;

import static io.compose2helm.compose.ComposeTestSupport.load;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.compose2helm.diagnostics.Diagnostics;
import java.util.List;
import org.junit.jupiter.api.Test;

class ComposeLoaderNetworkNamesTest {

  private final Diagnostics diagnostics = new Diagnostics();
  private final ComposeProject project = load("network-names/compose.yaml", diagnostics);

  @Test
  void load_hostnameContainerNameAndAliases_areReadWithoutWarnings() {
    NetworkNames names = project.services().get("metrics").networkNames();
    assertEquals("prometheus-host", names.hostname());
    assertEquals("prometheus", names.containerName());
    assertEquals(List.of("spm_metrics_source", "prometheus", "metrics-ui"), names.aliases());
    assertTrue(diagnostics.all().isEmpty(), diagnostics.all().toString());
  }

  @Test
  void all_namesInOrder_withoutRepeats() {
    assertEquals(List.of("prometheus-host", "prometheus", "spm_metrics_source", "metrics-ui"),
        project.services().get("metrics").networkNames().all());
    assertEquals(List.of(), project.services().get("plain").networkNames().all());
  }
}
