package io.compose2helm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.compose2helm.testing.HelmChecks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * checksum/config rolls exactly the pods whose chart-supplied input changed: the environment, the
 * shipped files, the Secret the chart creates.
 */
class ConfigChecksumTest {

  private static final Path FIXTURE = Path.of("src/test/resources/golden/hints-files/docker-compose.yml");

  @TempDir Path temp;
  private Path chart;

  @BeforeEach
  void convert() {
    chart = temp.resolve("hints-files");
    Conversion.convert(FIXTURE, chart);
  }

  /** gateway (ships files, no secrets) and worker (reads secrets), in that order. */
  private List<Object> checksums(String... overlays) throws IOException {
    List<Path> values = new ArrayList<>(List.of(chart.resolve("values.yaml"), chart.resolve("env/local.yaml")));
    for (int i = 0; i < overlays.length; i++) {
      Path overlay = temp.resolve("overlay-" + i + ".yaml");
      Files.writeString(overlay, overlays[i]);
      values.add(overlay);
    }
    Manifests manifests = new Manifests(HelmChecks.template(chart, "rel", "apps", values));
    return List.of(checksum(manifests.get("Deployment", "gateway")), checksum(manifests.get("StatefulSet", "worker")));
  }

  private static Object checksum(Map<String, Object> workload) {
    return ((Map<?, ?>) Manifests.get(workload, "spec.template.metadata.annotations")).get("checksum/config");
  }

  @Test
  void checksum_bundledFileChanged_rollsOnlyItsService() throws IOException {
    List<Object> before = checksums();
    Path file = chart.resolve("files/gateway/nginx.conf");
    Files.writeString(file, Files.readString(file) + "# tuned\n");
    List<Object> after = checksums();
    assertNotEquals(before.get(0), after.get(0), "gateway reads the file");
    assertEquals(before.get(1), after.get(1), "worker does not");
  }

  @Test
  void checksum_environmentChanged_rollsOnlyItsService() throws IOException {
    List<Object> before = checksums();
    List<Object> after = checksums("services:\n  worker:\n    env:\n      LOG_LEVEL: debug\n");
    assertEquals(before.get(0), after.get(0));
    assertNotEquals(before.get(1), after.get(1));
  }

  @Test
  void checksum_chartCreatedSecretChanged_rollsThePodsReadingIt() throws IOException {
    String secret = "secrets:\n  create: true\n  values:\n    SIGNING_SEED: ";
    List<Object> first = checksums(secret + "one\n");
    List<Object> second = checksums(secret + "two\n");
    assertEquals(first.get(0), second.get(0), "gateway reads no secret");
    assertNotEquals(first.get(1), second.get(1), "worker reads SIGNING_SEED");
  }
}
