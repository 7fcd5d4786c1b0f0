package io.compose2helm.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChartManifestTest {

  @Test
  void of_chartFiles_hashesToolOwnedFilesOnly() {
    ChartManifest manifest = ChartManifest.of("1.0.0",
        Map.of("values.yaml", "a: 1\n", "env/prod.yaml", "b: 2\n", "templates/x.yaml", "x\n"), List.of("web"));
    assertEquals(List.of("templates/x.yaml", "values.yaml"), List.copyOf(manifest.files().keySet()));
    assertEquals(ChartManifest.fingerprint("a: 1\n"), manifest.hashOf("values.yaml").orElseThrow());
    assertFalse(manifest.hashOf("env/prod.yaml").isPresent());
  }

  @Test
  void render_thenParse_givesTheSameManifest() {
    ChartManifest manifest = ChartManifest.of("1.0.0",
        Map.of("files/a \"quoted\"/x.conf", "x", "Chart.yaml", "c"), List.of("web", "api"));
    String text = manifest.render();
    assertEquals(manifest, ChartManifest.parse(text));
    assertTrue(text.indexOf("\"api\"") < text.indexOf("\"web\""), "services are sorted: " + text);
  }

  @Test
  void render_sameInput_sameBytes() {
    Map<String, String> files = Map.of("b", "2", "a", "1");
    assertEquals(ChartManifest.of("1", files, List.of("s")).render(), ChartManifest.of("1", files, List.of("s")).render());
  }

  @Test
  void fingerprint_anyByteChanged_differs() {
    String base = ChartManifest.fingerprint("replicaCount: 1\n");
    assertTrue(base.matches("c64:[0-9a-f]{16}"), base);
    for (String edited : List.of("replicaCount: 2\n", "replicaCount: 1", "replicaCount: 1\n\n", "replicacount: 1\n", "")) {
      assertFalse(base.equals(ChartManifest.fingerprint(edited)), edited);
    }
    assertEquals(base, ChartManifest.fingerprint("replicaCount: 1\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
  }

  @Test
  void isHashOf_fingerprintOrOlderSha256_matchesOnlyItsContent() {
    byte[] content = "a: 1\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    assertTrue(ChartManifest.isHashOf(ChartManifest.fingerprint(content), content));
    assertFalse(ChartManifest.isHashOf(ChartManifest.fingerprint("a: 2\n"), content));
    // SHA-256 of "a: 1\n" (sha256sum), as manifests before fingerprints recorded it.
    String sha256 = "37b128c59f1f5097f73f82691cb519f1f568667faab5ced1b4ab979d36837eae";
    assertTrue(ChartManifest.isHashOf(sha256, content));
    assertFalse(ChartManifest.isHashOf(sha256, "a: 2\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
  }
}
