package io.compose2helm.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HelmValuesMergerTest {

  @Test
  void merge_nestedMaps_mergedRecursively() {
    Map<String, Object> defaults = Map.of("image", Map.of("repository", "nginx", "tag", "1.0"));
    Map<String, Object> overlay = Map.of("image", Map.of("tag", "2.0"));

    assertEquals(Map.of("image", Map.of("repository", "nginx", "tag", "2.0")),
        HelmValuesMerger.merge(defaults, overlay));
  }

  @Test
  void merge_nullOverlayValue_removesKey() {
    Map<String, Object> overlay = new HashMap<>();
    overlay.put("resources", null);

    assertEquals(Map.of("replicas", 1), HelmValuesMerger.merge(
        Map.of("replicas", 1, "resources", Map.of("cpu", "1")), overlay));
  }

  @Test
  void merge_nullInsideNewMap_isDropped() {
    Map<String, Object> added = new HashMap<>();
    added.put("a", 1);
    added.put("b", null);

    assertEquals(Map.of("extra", Map.of("a", 1)),
        HelmValuesMerger.merge(Map.of(), Map.of("extra", added)));
  }

  @Test
  void merge_listInOverlay_replacesListWholesale() {
    assertEquals(Map.of("args", List.of("c")),
        HelmValuesMerger.merge(Map.of("args", List.of("a", "b")), Map.of("args", List.of("c"))));
  }

  @Test
  void merge_scalarOverMap_replacesMap() {
    assertEquals(Map.of("ingress", false),
        HelmValuesMerger.merge(Map.of("ingress", Map.of("enabled", true)),
            Map.of("ingress", false)));
  }

  @Test
  void merge_inputs_areNotModified() {
    Map<String, Object> defaults = new HashMap<>(Map.of("a", new HashMap<>(Map.of("b", 1))));
    Map<String, Object> overlay = Map.of("a", Map.of("c", 2));

    HelmValuesMerger.merge(defaults, overlay);

    assertEquals(Map.of("a", Map.of("b", 1)), defaults);
  }
}
