package io.compose2helm.it;

import static io.compose2helm.it.Manifests.container;
import static io.compose2helm.it.Manifests.get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.compose2helm.testing.HelmChecks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hints, shipped files, file secrets, hook Jobs and the opt-in Secret, rendered by real Helm. */
class ProductionShapeTest {

  private static final Path FIXTURE = Path.of("src/test/resources/golden/hints-files/docker-compose.yml");

  @TempDir static Path temp;
  static Path chart;
  static Manifests local;

  @BeforeAll
  static void convert() {
    chart = temp.resolve("hints-files");
    Conversion.convert(FIXTURE, chart);
    local = new Manifests(ChartValidation.validateAllEnvironments(chart).get("local"));
  }

  @Test
  void render_bindMountedFile_isShippedAndMountedWithSubPath() {
    Map<String, Object> files = local.get("ConfigMap", "gateway-files");
    Map<?, ?> data = (Map<?, ?>) files.get("data");
    assertTrue(String.valueOf(data.get("nginx.conf")).contains("proxy_pass http://worker:9000"), data.toString());
    assertEquals("Welcome to the gateway\n", data.get("banner"));
    String mounts = String.valueOf(get(container(local.get("Deployment", "gateway")), "volumeMounts"));
    assertTrue(mounts.contains("mountPath=/etc/nginx/conf.d/default.conf, subPath=nginx.conf"), mounts);
  }

  @Test
  void render_bindMountedDirectory_isAnEmptyDirOrAChosenClaim() throws IOException {
    String mounts = String.valueOf(get(container(local.get("Deployment", "gateway")), "volumeMounts"));
    assertTrue(mounts.contains("name=bind-etc-nginx-extra, mountPath=/etc/nginx/extra"), mounts);
    String volumes = String.valueOf(get(local.get("Deployment", "gateway"), "spec.template.spec.volumes"));
    assertTrue(volumes.contains("name=bind-etc-nginx-extra, emptyDir={}"), volumes);
    Path claim = temp.resolve("claim.yaml");
    Files.writeString(claim, "persistence:\n  extraVolumes:\n    nginx-extra:\n      size: 100Mi\n"
        + "services:\n  gateway:\n    bindDirectories:\n      - source: ./conf\n        mountPath: /etc/nginx/extra\n"
        + "        claim: nginx-extra\n");
    String rendered = HelmChecks.template(chart, "rel", "apps",
        List.of(chart.resolve("values.yaml"), chart.resolve("env/local.yaml"), claim));
    ChartValidation.SCHEMA.assertValid(rendered);
    Manifests manifests = new Manifests(rendered);
    String withClaim = String.valueOf(get(manifests.get("Deployment", "gateway"), "spec.template.spec.volumes"));
    assertTrue(withClaim.contains("name=bind-etc-nginx-extra, persistentVolumeClaim={claimName=nginx-extra}"), withClaim);
    assertEquals("100Mi", get(manifests.get("PersistentVolumeClaim", "nginx-extra"), "spec.resources.requests.storage"));
  }

  @Test
  void render_hints_setHostStreamingKindAndSkip() {
    Map<String, Object> ingress = local.get("Ingress", "gateway");
    assertEquals("gateway.example.com", get(ingress, "spec.rules.0.host"));
    assertEquals("1800", ((Map<?, ?>) get(ingress, "metadata.annotations")).get("nginx.ingress.kubernetes.io/proxy-read-timeout"));
    assertTrue(local.find("StatefulSet", "worker").isPresent(), "kind hint");
    assertTrue(local.find("Deployment", "legacy").isEmpty(), "skip hint");
    assertEquals(101, get(local.get("Deployment", "gateway"), "spec.template.spec.securityContext.runAsUser"));
  }

  @Test
  void render_fileSecrets_mountAtRunSecrets() {
    Map<String, Object> worker = local.get("StatefulSet", "worker");
    String mounts = String.valueOf(get(container(worker), "volumeMounts"));
    assertTrue(mounts.contains("mountPath=/run/secrets/api_token"), mounts);
    assertTrue(mounts.contains("mountPath=/run/secrets/signing_seed, subPath=SIGNING_SEED"), mounts);
    String volumes = String.valueOf(get(worker, "spec.template.spec.volumes"));
    assertTrue(volumes.contains("secretName=api-token") && volumes.contains("secretName=hints-files-env"), volumes);
  }

  @Test
  void render_hookJob_isLeftToHelmHooks() throws IOException {
    // helm-java leaves hooks out of its output: a hook Job must not appear as a plain Job.
    assertTrue(local.ofKind("Job").isEmpty());
    assertTrue(Files.readString(chart.resolve("values.yaml")).contains("hook: true"));
  }

  @Test
  void render_secretCreate_makesASecretFromAGitIgnoredFile() throws IOException {
    Path secrets = temp.resolve("secrets.local.yaml");
    Files.writeString(secrets, "secrets:\n  create: true\n  values:\n    SIGNING_SEED: local-only-value\n");
    String rendered = HelmChecks.template(chart, "rel", "apps",
        List.of(chart.resolve("values.yaml"), chart.resolve("env/local.yaml"), secrets));
    ChartValidation.SCHEMA.assertValid(rendered);
    Map<String, Object> secret = new Manifests(rendered).get("Secret", "hints-files-env");
    assertEquals("local-only-value", get(secret, "stringData.SIGNING_SEED"));
    assertFalse(Files.readString(chart.resolve("values.yaml")).contains("fake-signing-seed"), "no secret in values");
  }

  @Test
  void convert_unknownHint_isInputError(@TempDir Path dir) throws IOException {
    Path compose = dir.resolve("docker-compose.yml");
    Files.writeString(compose, "services:\n  api:\n    image: a:1\n    x-compose2helm:\n      streamin: sse\n");
    Conversion.Run run = Conversion.run(compose.toString(), "-o", dir.resolve("out").toString());
    assertEquals(3, run.exitCode());
    assertTrue(run.err().contains("services.api.x-compose2helm.streamin: unknown hint"), run.err());
  }

  @Test
  void convert_strict_turnsWarningsIntoErrorsAndWritesNothing(@TempDir Path dir) {
    Conversion.Run run = Conversion.run(FIXTURE.toString(), "--strict", "-o", dir.resolve("out").toString());
    assertEquals(3, run.exitCode());
    assertTrue(run.err().contains("error: services.legacy: skipped"), run.err());
    assertFalse(Files.exists(dir.resolve("out")));
  }
}
