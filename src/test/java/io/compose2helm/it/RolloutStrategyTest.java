package io.compose2helm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.compose2helm.testing.HelmChecks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How a Deployment rolls out: a surge pod cannot mount a ReadWriteOnce claim that the old pod holds
 * on another node, so a Deployment with a claim (only when x-compose2helm.kind forces one: claims
 * otherwise make a StatefulSet) is recreated; and a Recreate strategy set in an overlay renders
 * without the default rollingUpdate block, which the API server refuses beside it.
 */
class RolloutStrategyTest {

  @TempDir Path temp;

  private Conversion.Run convert(String compose) {
    return Conversion.convertInline(temp, compose);
  }

  @Test
  void convert_deploymentForcedWithANamedVolume_isRecreatedWithAWarning() throws IOException {
    Conversion.Run run = convert("""
        services:
          uploads:
            image: shop/uploads:1
            ports: ["8080:8080"]
            volumes: [files:/srv/files]
            x-compose2helm: {kind: Deployment}
        volumes:
          files: {}
        """);
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.err().contains("services.uploads.x-compose2helm.kind: a Deployment with a claim rolls out by"
        + " Recreate"), run.err());
    Path chart = temp.resolve("out");
    for (Map.Entry<String, String> rendered : ChartValidation.validateAllEnvironments(chart).entrySet()) {
      Map<String, Object> deployment = new Manifests(rendered.getValue()).get("Deployment", "uploads");
      assertEquals(Map.of("type", "Recreate"), Manifests.get(deployment, "spec.strategy"), rendered.getKey());
    }
  }

  @Test
  void convert_deploymentWithoutClaims_keepsTheZeroDowntimeRollout() throws IOException {
    Conversion.Run run = convert("services:\n  api:\n    image: shop/api:1\n    ports: [\"8080:8080\"]\n");
    assertEquals(0, run.exitCode(), run.err());
    assertFalse(run.err().contains("Recreate"), run.err());
    Map<String, Object> deployment = new Manifests(ChartValidation.render(temp.resolve("out"), "prod"))
        .get("Deployment", "api");
    assertEquals("RollingUpdate", Manifests.get(deployment, "spec.strategy.type"));
    assertEquals(1, Manifests.get(deployment, "spec.strategy.rollingUpdate.maxSurge"));
  }

  @Test
  void render_overlaySettingRecreate_dropsTheDefaultRollingUpdate() throws IOException {
    Conversion.Run run = convert("services:\n  api:\n    image: shop/api:1\n    ports: [\"8080:8080\"]\n");
    assertEquals(0, run.exitCode(), run.err());
    Path chart = temp.resolve("out");
    Path recreate = Files.writeString(temp.resolve("recreate.yaml"), "services:\n  api:\n    strategy:\n      type: Recreate\n");
    for (String environment : ChartValidation.ENVIRONMENTS) {
      String manifests = HelmChecks.template(chart, ChartValidation.RELEASE, ChartValidation.NAMESPACE,
          ChartValidation.valuesFiles(chart, environment, recreate));
      ChartValidation.SCHEMA.assertValid(manifests);
      assertEquals(Map.of("type", "Recreate"),
          Manifests.get(new Manifests(manifests).get("Deployment", "api"), "spec.strategy"), environment);
    }
  }
}
