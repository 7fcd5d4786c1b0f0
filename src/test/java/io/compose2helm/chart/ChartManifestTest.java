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
    assertEquals(ChartManifest.sha256("a: 1\n"), manifest.hashOf("values.yaml").orElseThrow());
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
}
