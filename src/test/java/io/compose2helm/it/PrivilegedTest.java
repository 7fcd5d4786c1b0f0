package io.compose2helm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.compose2helm.testing.ValuesDocsCheck;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** privileged: true runs the container privileged, as root, as under Compose. */
class PrivilegedTest {

  @TempDir Path temp;

  @Test
  void convert_privileged_runsPrivilegedAsRootWithEscalationAllowed() throws IOException {
    // As cAdvisor's documentation runs it.
    Conversion.Run run = Conversion.convertInline(temp, """
        services:
          cadvisor:
            image: gcr.io/cadvisor/cadvisor:v0.49.1
            privileged: true
            ports:
              - "8080:8080"
        """);
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.err().contains("docker-compose.yml:2:3: warning: services.cadvisor.privileged: the container runs"
        + " privileged (securityContext.privileged, allowPrivilegeEscalation), with every capability and the node's"
        + " devices, as under Compose. The Pod Security baseline level refuses it"), run.err());
    ValuesDocsCheck.assertDocumented(temp.resolve("out/values.yaml"));
    for (Map.Entry<String, String> rendered : ChartValidation.validateAllEnvironments(temp.resolve("out")).entrySet()) {
      Map<String, Object> cadvisor = new Manifests(rendered.getValue()).get("Deployment", "cadvisor");
      assertEquals(true, Manifests.get(cadvisor, "spec.template.spec.containers.0.securityContext.privileged"), rendered.getKey());
      assertEquals(true, Manifests.get(cadvisor, "spec.template.spec.containers.0.securityContext.allowPrivilegeEscalation"),
          rendered.getKey());
      assertEquals(0, Manifests.get(cadvisor, "spec.template.spec.securityContext.runAsUser"), rendered.getKey());
    }
  }
}
