package io.compose2helm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.compose2helm.testing.ValuesDocsCheck;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** tty and stdin_open keep a toolbox container's shell waiting, as under Compose. */
class TerminalTest {

  @TempDir Path temp;

  @Test
  void convert_ttyAndStdinOpen_giveTheContainerATerminal() throws IOException {
    // As temporal's docker-compose files write their admin-tools service.
    Conversion.Run run = Conversion.convertInline(temp, """
        services:
          temporal:
            image: temporalio/auto-setup:1.25
            ports: ["7233:7233"]
          temporal-admin-tools:
            image: temporalio/admin-tools:1.25
            environment:
              - TEMPORAL_ADDRESS=temporal:7233
            depends_on:
              - temporal
            stdin_open: true
            tty: true
        """);
    assertEquals(0, run.exitCode(), run.err());
    ValuesDocsCheck.assertDocumented(temp.resolve("out/values.yaml"));
    for (Map.Entry<String, String> rendered : ChartValidation.validateAllEnvironments(temp.resolve("out")).entrySet()) {
      Manifests manifests = new Manifests(rendered.getValue());
      Map<String, Object> tools = manifests.get("Deployment", "temporal-admin-tools");
      assertEquals(true, Manifests.get(tools, "spec.template.spec.containers.0.tty"), rendered.getKey());
      assertEquals(true, Manifests.get(tools, "spec.template.spec.containers.0.stdin"), rendered.getKey());
      Map<String, Object> server = manifests.get("Deployment", "temporal");
      assertEquals(null, Manifests.get(server, "spec.template.spec.containers.0.tty"), rendered.getKey());
    }
  }
}
