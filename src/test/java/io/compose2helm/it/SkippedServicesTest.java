package io.compose2helm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A service skipped with x-compose2helm.skip is not in the chart, and nothing waits for it. */
class SkippedServicesTest {

  @TempDir Path temp;

  @Test
  void convert_dependencyOnASkippedService_saysItIsSkippedAndWaitsForNothing() throws IOException {
    Conversion.Run run = Conversion.convertInline(temp, """
        services:
          api:
            image: shop/api:1
            ports: ["8080:8080"]
            depends_on:
              legacy:
                condition: service_healthy
          legacy:
            image: shop/legacy:0.1
            ports: ["9000:9000"]
            x-compose2helm:
              skip: true
        """);
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.err().contains("services.api.depends_on.legacy: 'legacy' is skipped (x-compose2helm.skip), so the"
        + " chart has nothing to wait for; start order is not enforced"), run.err());
    for (Map.Entry<String, String> rendered : ChartValidation.validateAllEnvironments(temp.resolve("out")).entrySet()) {
      Map<String, Object> api = new Manifests(rendered.getValue()).get("Deployment", "api");
      assertEquals(null, Manifests.get(api, "spec.template.spec.initContainers"), rendered.getKey());
    }
  }
}
