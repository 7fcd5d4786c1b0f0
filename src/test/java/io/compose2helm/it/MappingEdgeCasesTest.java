package io.compose2helm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Mapping cases that need a whole project: name collisions, shared claims, project hints. */
class MappingEdgeCasesTest {

  @TempDir Path temp;

  private Conversion.Run convert(String compose) {
    return Conversion.convertInline(temp, compose);
  }

  @Test
  void convert_namesCollidingAfterNormalisation_isAnError() throws IOException {
    Conversion.Run run = convert("services:\n  api_v1:\n    image: a:1\n  api-v1:\n    image: b:1\n");
    assertEquals(3, run.exitCode());
    assertTrue(run.err().contains("services 'api_v1' and 'api-v1' both become Kubernetes name 'api-v1'"), run.err());
  }

  @Test
  void convert_volumeSharedByTwoServices_isOneClaimWithAccessModeWarning() throws IOException {
    Conversion.Run run = convert("services:\n  a:\n    image: a:1\n    volumes: [data:/a]\n"
        + "  b:\n    image: b:1\n    volumes: [data:/b]\nvolumes:\n  data: {}\n");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.err().contains("volume 'data' is shared by a, b"), run.err());
    String values = Files.readString(temp.resolve("out/values.yaml"));
    assertEquals(1, values.split("\n    data:\n", -1).length - 1, "one claim entry: " + values);
  }

  @Test
  void convert_restartNo_isAJobOnlyWithoutPorts() throws IOException {
    Conversion.Run run = convert("services:\n  api:\n    image: a:1\n    ports: ['8000:8000']\n    restart: 'no'\n"
        + "  seed:\n    image: b:1\n    restart: 'no'\n");
    assertEquals(0, run.exitCode(), run.err());
    String values = Files.readString(temp.resolve("out/values.yaml"));
    String api = values.substring(values.indexOf("  api:"), values.indexOf("  seed:"));
    String seed = values.substring(values.indexOf("  seed:"));
    assertTrue(!api.contains("kind: Job") && seed.contains("kind: Job"), values);
    assertTrue(run.err().contains("services.api.restart: restart 'no' is not mapped"), run.err());
  }

  @Test
  void render_dependencyInAProfile_isAwaitedOnlyWhenSwitchedOn() throws IOException {
    Conversion.Run run = convert("services:\n  web:\n    image: web:1\n    depends_on:\n"
        + "      cache: {condition: service_healthy}\n      db: {condition: service_started}\n"
        + "  cache:\n    image: redis:7\n    expose: ['6379']\n    profiles: [cache]\n"
        + "  db:\n    image: postgres:16\n    expose: ['5432']\n");
    assertEquals(0, run.exitCode(), run.err());
    Path chart = temp.resolve("out");
    String off = ChartValidation.render(chart, "local");
    String initOff = String.valueOf(Manifests.get(new Manifests(off).get("Deployment", "web"), "spec.template.spec.initContainers"));
    assertTrue(initOff.contains("wait-for-db") && !initOff.contains("wait-for-cache"), initOff);
    Path enable = temp.resolve("enable.yaml");
    Files.writeString(enable, "services:\n  cache:\n    enabled: true\n");
    String on = io.compose2helm.testing.HelmChecks.template(chart, "rel", "apps",
        java.util.List.of(chart.resolve("values.yaml"), chart.resolve("env/local.yaml"), enable));
    String initOn = String.valueOf(Manifests.get(new Manifests(on).get("Deployment", "web"), "spec.template.spec.initContainers"));
    assertTrue(initOn.contains("wait-for-cache") && initOn.contains("nc -z -w 2 cache 6379"), initOn);
  }

  @Test
  void convert_secretNameHint_namesTheSecretEverywhere() throws IOException {
    Conversion.Run run = convert("x-compose2helm:\n  secretName: shop-secrets\nservices:\n  api:\n    image: a:1\n"
        + "    environment:\n      API_TOKEN: ${API_TOKEN:-}\n");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(Files.readString(temp.resolve("out/values.yaml")).contains("existingSecret: shop-secrets"));
    assertTrue(Files.readString(temp.resolve("out/deploy-local.sh")).contains("SECRET_NAME='shop-secrets'"));
    assertTrue(Files.readString(temp.resolve("out/README.md")).contains("create secret generic shop-secrets"));
  }
}
