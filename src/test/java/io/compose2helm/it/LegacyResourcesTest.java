package io.compose2helm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.compose2helm.testing.ValuesDocsCheck;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The older format's cpus, mem_limit and mem_reservation are the container's limits and requests. */
class LegacyResourcesTest {

  @TempDir Path temp;

  @Test
  void convert_legacyResourceKeys_becomeLimitsAndRequests() throws IOException {
    Conversion.Run run = Conversion.convertInline(temp, """
        services:
          api:
            image: example/api:1
            ports: ["8080:8080"]
            cpus: 0.5
            mem_limit: 512m
            mem_reservation: 128m
        """);
    assertEquals(0, run.exitCode(), run.err());
    assertFalse(run.err().contains("mem_limit"), run.err());
    ValuesDocsCheck.assertDocumented(temp.resolve("out/values.yaml"));
    for (Map.Entry<String, String> rendered : ChartValidation.validateAllEnvironments(temp.resolve("out")).entrySet()) {
      Map<String, Object> api = new Manifests(rendered.getValue()).get("Deployment", "api");
      assertEquals("512Mi", Manifests.get(api, "spec.template.spec.containers.0.resources.limits.memory"), rendered.getKey());
      assertEquals("500m", Manifests.get(api, "spec.template.spec.containers.0.resources.limits.cpu"), rendered.getKey());
      assertEquals("128Mi", Manifests.get(api, "spec.template.spec.containers.0.resources.requests.memory"), rendered.getKey());
    }
  }

  @Test
  void convert_memLimitFromASecretThatIsNoSize_neverPrintsTheSecret() throws IOException {
    Files.writeString(temp.resolve(".env"), "DB_PASSWORD=Hx9qWzSecret\n");
    Conversion.Run run = Conversion.convertInline(temp, """
        services:
          api:
            image: example/api:1
            environment:
              DB_PASSWORD: ${DB_PASSWORD}
            mem_limit: "${DB_PASSWORD}"
        """);
    assertEquals(3, run.exitCode(), run.err());
    assertTrue(run.err().contains("docker-compose.yml:6:16: error: services.api.mem_limit: "), run.err());
    assertFalse(run.err().contains("Hx9qWz"), run.err());
  }
}
