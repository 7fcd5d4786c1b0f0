package io.compose2helm.it;

import static io.compose2helm.it.Manifests.get;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.compose2helm.compose.ImageRef;
import io.compose2helm.kube.KnownImage;
import io.compose2helm.kube.KnownImages;
import io.compose2helm.testing.HelmChecks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;

/**
 * The pods Helm renders for the known-images fixture (one service per profile): each one's user,
 * root filesystem, capabilities, mounts and env, compared with a golden summary
 * (src/test/resources/golden-rendered/known-images.yaml; regenerate with
 * {@code -Dcompose2helm.regenerateGolden=true} and review the diff).
 */
class KnownImagePodsTest {

  private static final Path FIXTURE = Path.of("src/test/resources/golden/known-images/docker-compose.yml");
  private static final Path GOLDEN = Path.of("src/test/resources/golden-rendered/known-images.yaml");
  private static final boolean REGENERATE = Boolean.getBoolean("compose2helm.regenerateGolden");

  @TempDir
  static Path temp;
  private static Manifests manifests;
  private static Map<String, Object> services;

  @BeforeAll
  @SuppressWarnings("unchecked")
  static void render() throws IOException {
    Path chart = temp.resolve("chart");
    Conversion.convert(FIXTURE, chart);
    manifests = new Manifests(HelmChecks.template(chart, "rel", "apps", List.of(chart.resolve("values.yaml"))));
    Map<String, Object> values = (Map<String, Object>) new Load(LoadSettings.builder().build())
        .loadFromString(Files.readString(chart.resolve("values.yaml")));
    services = (Map<String, Object>) values.get("services");
  }

  private static List<Map<String, Object>> workloads() {
    List<Map<String, Object>> all = new ArrayList<>(manifests.ofKind("Deployment"));
    all.addAll(manifests.ofKind("StatefulSet"));
    all.sort((a, b) -> ((String) get(a, "metadata.name")).compareTo((String) get(b, "metadata.name")));
    return all;
  }

  @Test
  void render_knownImages_matchesGoldenPods() throws IOException {
    Map<String, Object> summary = new LinkedHashMap<>();
    for (Map<String, Object> workload : workloads()) {
      summary.put((String) get(workload, "metadata.name"), pod(workload));
    }
    String actual = new Dump(DumpSettings.builder().setDefaultFlowStyle(FlowStyle.BLOCK).build()).dumpToString(summary);
    if (REGENERATE) {
      Files.createDirectories(GOLDEN.getParent());
      Files.writeString(GOLDEN, actual);
    }
    assertEquals(Files.readString(GOLDEN), actual, "rendered pods differ from " + GOLDEN);
  }

  /** An emptyDir on a directory the image ships files in would hide them (elasticsearch's jvm.options). */
  @Test
  @SuppressWarnings("unchecked")
  void render_knownImages_mountNoEmptyDirOverShippedFiles() {
    List<String> problems = new ArrayList<>();
    int checked = 0;
    for (Map<String, Object> workload : workloads()) {
      String name = (String) get(workload, "metadata.name");
      Map<String, Object> block = (Map<String, Object>) services.get(name);
      if (block.get("knownImage") == null) {
        continue;
      }
      Map<String, Object> image = (Map<String, Object>) block.get("image");
      KnownImage profile = KnownImages.builtIn()
          .match(new ImageRef((String) image.get("repository"), (String) image.get("tag"), null)).orElseThrow();
      Map<String, String> sources = volumeSources(workload);
      for (Map<String, Object> mount : (List<Map<String, Object>>) get(workload, "spec.template.spec.containers.0.volumeMounts")) {
        String path = (String) mount.get("mountPath");
        checked++;
        if ("emptyDir".equals(sources.get((String) mount.get("name")))) {
          profile.shipsFiles().stream().filter(shipped -> shipped.equals(path) || shipped.startsWith(path + "/"))
              .forEach(shipped -> problems.add(name + ": emptyDir on " + path + " hides " + shipped));
        }
      }
    }
    assertEquals(List.of(), problems);
    assertEquals(true, checked > 40, "mounts were checked");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> pod(Map<String, Object> workload) {
    Map<String, Object> pod = new LinkedHashMap<>();
    Map<String, Object> container = Manifests.container(workload);
    pod.put("kind", workload.get("kind"));
    pod.put("image", container.get("image"));
    pod.put("podSecurityContext", get(workload, "spec.template.spec.securityContext"));
    Map<String, Object> security = new LinkedHashMap<>((Map<String, Object>) container.get("securityContext"));
    pod.put("containerSecurityContext", security);
    Map<String, String> sources = volumeSources(workload);
    Map<String, String> mounts = new TreeMap<>();
    for (Map<String, Object> mount : (List<Map<String, Object>>) container.getOrDefault("volumeMounts", List.of())) {
      mounts.put((String) mount.get("mountPath"), sources.get((String) mount.get("name")));
    }
    pod.put("mounts", mounts);
    String name = (String) get(workload, "metadata.name");
    manifests.find("ConfigMap", name + "-env").ifPresent(config -> pod.put("env", config.get("data")));
    return pod;
  }

  /** Volume name to its kind: emptyDir, persistentVolumeClaim <claim>, configMap... */
  @SuppressWarnings("unchecked")
  private static Map<String, String> volumeSources(Map<String, Object> workload) {
    Map<String, String> sources = new LinkedHashMap<>();
    for (Map<String, Object> volume : (List<Map<String, Object>>) get(workload, "spec.template.spec.volumes")) {
      String source = volume.keySet().stream().filter(key -> !key.equals("name")).findFirst().orElse("?");
      sources.put((String) volume.get("name"), source);
    }
    Object claims = get(workload, "spec.volumeClaimTemplates");
    if (claims instanceof List<?> list) {
      for (Object claim : list) {
        sources.put((String) get(claim, "metadata.name"), "volumeClaimTemplate");
      }
    }
    return sources;
  }
}
