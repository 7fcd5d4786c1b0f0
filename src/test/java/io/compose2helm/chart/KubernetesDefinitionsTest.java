package io.compose2helm.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The vendored Kubernetes definitions are exactly what the generator writes from the client models
 * on the test classpath, so the file can be neither hand-edited nor left behind a client bump.
 * Regenerate with {@code mvn -B test -Dtest=KubernetesDefinitionsTest -Dcompose2helm.regenerateDefinitions=true}.
 */
class KubernetesDefinitionsTest {

  @Test
  void vendoredFile_matchesGenerator() throws IOException {
    String generated = KubernetesDefinitionsGenerator.generate();
    if (Boolean.getBoolean("compose2helm.regenerateDefinitions")) {
      Files.writeString(KubernetesDefinitionsGenerator.VENDORED, generated);
    }
    assertEquals(generated, Files.readString(KubernetesDefinitionsGenerator.VENDORED),
        "the vendored definitions differ from the generator's output: rerun with -Dcompose2helm.regenerateDefinitions=true");
  }

  @Test
  void clientOnClasspath_isTheReleaseTheFileNames() throws IOException {
    assertEquals(KubernetesDefinitionsGenerator.CLIENT_VERSION, KubernetesDefinitionsGenerator.clientVersionOnClasspath(),
        "client-java-api changed: set KubernetesDefinitions.KUBERNETES_VERSION to the Kubernetes release it targets,"
            + " CLIENT_VERSION to its version, and regenerate");
  }

  @Test
  void referencedBy_followsReferencesBetweenDefinitions() {
    Map<String, Object> used = KubernetesDefinitions.get().referencedBy(Map.of("$ref", "#/$defs/V1Probe"));
    assertEquals(List.of("V1ExecAction", "V1GRPCAction", "V1HTTPGetAction", "V1HTTPHeader", "V1Probe", "V1TCPSocketAction"),
        List.copyOf(used.keySet()));
  }

  @Test
  void properties_unknownDefinition_fails() {
    assertThrows(IllegalArgumentException.class, () -> KubernetesDefinitions.get().properties("V1Nothing"));
    assertTrue(KubernetesDefinitions.get().properties("V1Toleration").containsKey("effect"));
  }
}
