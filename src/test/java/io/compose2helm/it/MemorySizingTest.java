package io.compose2helm.it;

import static io.compose2helm.it.Manifests.container;
import static io.compose2helm.it.Manifests.get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.compose2helm.it.Conversion.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A cache gets the memory its working-set flag asks for and a JVM what its -Xmx does, also when
 * Compose sizes only the CPU; a Compose memory limit below either is warned about: the pod would be
 * killed once full.
 */
class MemorySizingTest {

  private static final String COMPOSE = """
      services:
        cpu-only:
          image: redis:7-alpine
          command: ["redis-server", "--maxmemory", "2gb"]
          deploy:
            resources:
              limits:
                cpus: "1"
        too-small:
          image: redis:7-alpine
          command: ["redis-server", "--maxmemory", "2gb"]
          deploy:
            resources:
              limits:
                memory: 1g
        bitnami:
          image: bitnami/memcached:1.6
          command: ["/opt/bitnami/scripts/memcached/run.sh", "-m", "2048"]
        long-flag:
          image: memcached:1.6-alpine
          command: ["memcached", "--memory-limit=1024"]
        search:
          image: docker.elastic.co/elasticsearch/elasticsearch:8.15.0
          environment:
            ES_JAVA_OPTS: -Xms4g -Xmx4g
            discovery.type: single-node
        api:
          image: shop/api:1
          command: ["sh", "-c", "exec java -Xmx512m -jar app.jar"]
          deploy:
            resources:
              limits:
                cpus: "0.5"
                memory: 256m
      """;

  @TempDir static Path temp;
  static Run run;
  static Manifests local;

  @BeforeAll
  static void convert() throws IOException {
    Path compose = Files.writeString(temp.resolve("docker-compose.yml"), COMPOSE);
    Path chart = temp.resolve("chart");
    run = Conversion.run(compose.toString(), "-o", chart.toString());
    assertEquals(0, run.exitCode(), run.err());
    local = new Manifests(ChartValidation.validateAllEnvironments(chart).get("local"));
  }

  @Test
  void convert_cpuOnlyResources_takeTheMemoryFromTheFlagAndTheCpuFromCompose() {
    assertEquals(Map.of("limits", Map.of("cpu", "1", "memory", "3Gi"), "requests", Map.of("memory", "2560Mi")),
        resources("cpu-only"));
  }

  @Test
  void convert_memoryLimitBelowTheWorkingSet_isWarnedAboutAndKept() {
    assertEquals("1Gi", get(container(local.get("Deployment", "too-small")), "resources.limits.memory"));
    assertTrue(run.err().contains("services.too-small.deploy.resources.limits.memory: the limit 1Gi is below the"
        + " --maxmemory 2gb the service sets"), run.err());
    assertFalse(run.err().contains("services.cpu-only.deploy.resources.limits.memory"), run.err());
  }

  @Test
  void convert_bitnamiMemcachedAndTheLongFlag_areSizedFromTheirFlags() {
    assertEquals(Map.of("limits", Map.of("memory", "3Gi"), "requests", Map.of("memory", "2560Mi")), resources("bitnami"));
    assertEquals(Map.of("limits", Map.of("memory", "1536Mi"), "requests", Map.of("memory", "1280Mi")), resources("long-flag"));
  }

  @Test
  void convert_jvmHeapFlag_sizesTheMemoryOverTheImageDocs() {
    Map<String, Object> search = container(local.get("Deployment", "search"));
    assertEquals(Map.of("limits", Map.of("memory", "8Gi"), "requests", Map.of("memory", "6Gi")), get(search, "resources"),
        "-Xmx4g, not the 2Gi the image's docs give a default heap");
  }

  @Test
  void convert_jvmHeapAboveTheComposeLimit_isWarnedAbout() {
    assertTrue(run.err().contains("services.api.deploy.resources.limits.memory: the limit 256Mi is below the -Xmx512m"
        + " the service sets"), run.err());
  }

  private static Object resources(String service) {
    return get(container(local.get("Deployment", service)), "resources");
  }
}
