package io.compose2helm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.compose2helm.testing.ValuesDocsCheck;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** init: true gives the pod an init process as PID 1 (its pause process, by sharing the process namespace). */
class InitProcessTest {

  @TempDir Path temp;

  @Test
  void convert_init_sharesTheProcessNamespace() throws IOException {
    // As self-hosting projects write a service whose shell script starts children it never reaps.
    Conversion.Run run = Conversion.convertInline(temp, """
        services:
          api:
            image: example/api:2.1
            ports: ["8080:8080"]
          worker:
            image: example/worker:1.4
            init: true
            command: ["sh", "-c", "while true; do ./run-batch.sh & sleep 60; done"]
            environment:
              API_URL: http://api:8080
            depends_on:
              - api
        """);
    assertEquals(0, run.exitCode(), run.err());
    assertFalse(run.err().contains("init is not mapped"), run.err());
    ValuesDocsCheck.assertDocumented(temp.resolve("out/values.yaml"));
    for (Map.Entry<String, String> rendered : ChartValidation.validateAllEnvironments(temp.resolve("out")).entrySet()) {
      Manifests manifests = new Manifests(rendered.getValue());
      Map<String, Object> worker = manifests.get("Deployment", "worker");
      assertEquals(true, Manifests.get(worker, "spec.template.spec.shareProcessNamespace"), rendered.getKey());
      Map<String, Object> server = manifests.get("Deployment", "api");
      assertEquals(null, Manifests.get(server, "spec.template.spec.shareProcessNamespace"), rendered.getKey());
    }
  }
}
