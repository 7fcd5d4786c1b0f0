package io.compose2helm.it;

import static io.compose2helm.it.Manifests.container;
import static io.compose2helm.it.Manifests.get;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pods the API server accepts: one mount per path with Compose's own mounts winning over the
 * chart's defaults, and requests capped at the service's limits in every overlay.
 */
class PodShapeTest {

  private static final Path FIXTURE = Path.of("src/test/resources/golden/pod-shape/docker-compose.yml");

  @TempDir static Path temp;
  static Path chart;
  static Map<String, Manifests> rendered = new java.util.HashMap<>();

  @BeforeAll
  static void convert() {
    chart = temp.resolve("pod-shape");
    Conversion.convert(FIXTURE, chart);
    ChartValidation.validateAllEnvironments(chart).forEach((env, yaml) -> rendered.put(env, new Manifests(yaml)));
  }

  /** "mountPath <- volume source" per mount of the service's container, in order. */
  private static List<String> mounts(String kind, String name) {
    Map<String, Object> workload = rendered.get("local").get(kind, name);
    List<?> volumes = (List<?>) get(workload, "spec.template.spec.volumes");
    List<?> mounts = (List<?>) get(container(workload), "volumeMounts");
    return mounts.stream().map(mount -> {
      Object volumeName = get(mount, "name");
      Map<?, ?> volume = (Map<?, ?>) volumes.stream().filter(v -> volumeName.equals(get(v, "name"))).findFirst().orElseThrow();
      Map<Object, Object> source = new java.util.TreeMap<>();
      volume.forEach((key, value) -> {
        if (!"name".equals(key)) {
          source.put(key, value);
        }
      });
      return get(mount, "mountPath") + " <- " + volumeName + " " + source;
    }).toList();
  }

  @Test
  void render_tmpfsOnTmpWithReadOnlyRoot_isOneInMemoryTmp() {
    assertEquals(List.of("/tmp <- tmp {emptyDir={medium=Memory}}"), mounts("Deployment", "scratch"));
    assertEquals(1, ((List<?>) get(rendered.get("local").get("Deployment", "scratch"), "spec.template.spec.volumes")).size());
  }

  @Test
  void render_namedVolumeOnTmp_replacesTheDefaultTmp() {
    assertEquals(List.of("/tmp <- claim-cache {persistentVolumeClaim={claimName=cache}}"), mounts("StatefulSet", "cache-on-tmp"));
  }

  @Test
  void render_knownImagePathMountedByCompose_keepsTheComposeVolume() {
    assertEquals(List.of(
            "/var/lib/postgresql/data <- claim-pgdata {persistentVolumeClaim={claimName=pgdata}}",
            "/var/run/postgresql <- claim-pgsocket {persistentVolumeClaim={claimName=pgsocket}}",
            "/tmp <- tmp {emptyDir={}}"),
        mounts("StatefulSet", "db"));
  }

  @Test
  void render_twoBoundFilesAndABoundTmp_shareOneFilesVolume() {
    assertEquals(List.of(
            "/tmp <- bind-tmp {emptyDir={}}",
            "/etc/proxy/proxy.conf <- files {configMap={name=proxy-files}}",
            "/srv/banner.txt <- files {configMap={name=proxy-files}}"),
        mounts("Deployment", "proxy"));
  }

  @Test
  void render_prodRequestsAboveTheServiceLimits_areCappedAtTheLimits() {
    Map<String, Object> tiny = container(rendered.get("prod").get("Deployment", "tiny"));
    assertEquals(Map.of("cpu", "50m", "memory", "20Mi"), get(tiny, "resources.requests"));
    Map<String, Object> db = container(rendered.get("prod").get("StatefulSet", "db"));
    assertEquals(Map.of("cpu", "250m", "memory", "512Mi"), get(db, "resources.requests"), "no limits: its class's requests");
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource({
      "0.1Gi, '0.2', 20Mi, 50m",
      "10M, '0.01', 10M, '0.01'",
      "20971520, 50m, 20971520, 50m",
      "2e7, 5e-2, 2e7, 5e-2"})
  void render_overlayRequestsInOtherUnits_areComparedAsQuantities(String memory, String cpu, String cappedMemory, String cappedCpu)
      throws java.io.IOException {
    Path overlay = temp.resolve("requests.yaml");
    java.nio.file.Files.writeString(overlay, "workloadClasses:\n  stateless:\n    resources:\n      requests:\n        memory: '" + memory
        + "'\n        cpu: '" + cpu + "'\n");
    String yaml = io.compose2helm.testing.HelmChecks.template(chart, "rel", "apps",
        ChartValidation.valuesFiles(chart, "prod", overlay));
    ChartValidation.SCHEMA.assertValid(yaml);
    Map<String, Object> tiny = container(new Manifests(yaml).get("Deployment", "tiny"));
    assertEquals(Map.of("cpu", cappedCpu, "memory", cappedMemory), get(tiny, "resources.requests"));
  }

  @Test
  void render_pathsWhoseVolumeNamesClash_getNumberedNames() throws java.io.IOException {
    // /files would be named like the shipped files' volume, /var-run like /var/run.
    Path overlay = temp.resolve("clash.yaml");
    java.nio.file.Files.writeString(overlay, "services:\n  proxy:\n    extraWritablePaths: [/files, /var/run, /var-run]\n");
    String yaml = io.compose2helm.testing.HelmChecks.template(chart, "rel", "apps",
        List.of(chart.resolve("values.yaml"), chart.resolve("env/local.yaml"), overlay));
    ChartValidation.SCHEMA.assertValid(yaml);
    List<?> mounts = (List<?>) get(container(new Manifests(yaml).get("Deployment", "proxy")), "volumeMounts");
    assertEquals(List.of("/tmp=bind-tmp", "/etc/proxy/proxy.conf=files", "/srv/banner.txt=files",
            "/files=files-2", "/var/run=var-run", "/var-run=var-run-2"),
        mounts.stream().map(m -> get(m, "mountPath") + "=" + get(m, "name")).toList());
  }

  @Test
  void convert_composePathMountedTwice_keepsTheFirstWithAWarning(@TempDir Path dir) throws java.io.IOException {
    Path file = dir.resolve("docker-compose.yml");
    java.nio.file.Files.writeString(file, "services:\n  app:\n    image: example/app:1\n    volumes: [/cache, /cache/]\n"
        + "    tmpfs: [/cache]\n");
    Conversion.Run run = Conversion.convert(file, dir.resolve("out"));
    assertEquals(true, run.err().contains("services.app.volumes./cache: '/cache' is mounted twice; the first mount is kept"), run.err());
    String values = java.nio.file.Files.readString(dir.resolve("out/values.yaml"));
    assertEquals(-1, values.indexOf("    extraWritablePaths:"), "the anonymous volumes give way to the tmpfs: " + values);
    assertEquals(true, values.contains("    memoryPaths:\n      - /cache\n"), values);
  }
}
