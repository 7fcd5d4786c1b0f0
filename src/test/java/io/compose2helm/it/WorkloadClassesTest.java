package io.compose2helm.it;

import static io.compose2helm.it.Manifests.container;
import static io.compose2helm.it.Manifests.get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each service gets a workload class with its reason in values.yaml, and prod sizes and scales it by class. */
class WorkloadClassesTest {

  private static final Path FIXTURE = Path.of("src/test/resources/golden/workload-classes/docker-compose.yml");

  @TempDir static Path temp;
  static String values;
  static Manifests prod;

  @BeforeAll
  static void convert() throws IOException {
    Path chart = temp.resolve("shop");
    Conversion.convert(FIXTURE, chart);
    values = Files.readString(chart.resolve("values.yaml"));
    prod = new Manifests(ChartValidation.validateAllEnvironments(chart).get("prod"));
  }

  @Test
  void convert_eachService_saysItsClassAndWhy() {
    assertClass("api", "stateless", "no named volume, not a known data store or cache image");
    assertClass("elasticsearch", "stateful", "named volume esdata, image elasticsearch");
    assertClass("memcached", "cache", "image memcached, no named volume");
    assertClass("migrate", "job", "runs once, as a Job");
    assertClass("sessions", "cache", "image redis, no named volume");
    assertClass("mongo", "stateful", "image mongo is a data store (its data is on an emptyDir until a named volume holds it)");
  }

  private static void assertClass(String service, String workloadClass, String reason) {
    String block = values.substring(values.indexOf("\n  " + service + ":\n"));
    String expected = "    ## @param services." + service + ".workloadClass " + workloadClass + ": " + reason
        + "\n    workloadClass: " + workloadClass + "\n";
    assertTrue(block.substring(0, block.indexOf("image:")).contains(expected), () -> service + " block starts " + block.substring(0, 300));
  }

  @Test
  void render_prod_autoscalesAndBudgetsOnlyTheStatelessApi() {
    assertEquals(List.of("api"), names("HorizontalPodAutoscaler"), "not the caches, stores or the Job");
    assertEquals(List.of("api"), names("PodDisruptionBudget"), "one-pod classes never block a node drain");
    assertEquals(1, get(prod.get("Deployment", "memcached"), "spec.replicas"));
    assertEquals(1, get(prod.get("Deployment", "sessions"), "spec.replicas"));
    assertEquals(1, get(prod.get("Deployment", "mongo"), "spec.replicas"));
    assertEquals(1, get(prod.get("StatefulSet", "elasticsearch"), "spec.replicas"));
  }

  @Test
  void render_prod_requestsDifferPerClass() {
    assertEquals("128Mi", memoryRequest(prod.get("Deployment", "api")));
    Map<String, Object> memcached = container(prod.get("Deployment", "memcached"));
    assertEquals(Map.of("requests", Map.of("cpu", "100m", "memory", "320Mi"), "limits", Map.of("memory", "384Mi")),
        get(memcached, "resources"), "cache: -m 256M is its working set, plus overhead");
    assertEquals("160Mi", memoryRequest(prod.get("Deployment", "sessions")), "cache: --maxmemory 128mb, plus overhead");
    assertEquals("512Mi", memoryRequest(prod.get("Deployment", "mongo")), "stateful: more memory");
    assertEquals("128Mi", memoryRequest(prod.ofKind("Job").get(0)));
    Map<String, Object> elasticsearch = container(prod.get("StatefulSet", "elasticsearch"));
    assertEquals(Map.of("requests", Map.of("cpu", "250m", "memory", "2Gi"), "limits", Map.of("memory", "2Gi")),
        get(elasticsearch, "resources"), "the image's docs size its memory; the class adds the CPU request");
  }

  private static Object memoryRequest(Map<String, Object> workload) {
    return get(container(workload), "resources.requests.memory");
  }

  private static List<Object> names(String kind) {
    return prod.ofKind(kind).stream().map(o -> get(o, "metadata.name")).toList();
  }
}
