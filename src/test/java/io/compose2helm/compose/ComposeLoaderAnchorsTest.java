package io.compose2helm.compose;

import static io.compose2helm.compose.ComposeTestSupport.load;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ComposeLoaderAnchorsTest {

  private final ComposeProject project = load("anchors/compose.yaml");

  @Test
  void load_mergeKeyMapping_explicitKeysWin() {
    Service a = project.services().get("a");
    assertEquals("example/a:2", a.image());
    assertEquals("always", a.restart());
    assertEquals(List.of("LOG_LEVEL", "REGION"), a.environment().stream().map(EnvVar::name).toList());
  }

  @Test
  void load_mergeKeyList_earlierEntriesWin() {
    Service b = project.services().get("b");
    assertEquals("on-failure", b.restart());
    assertEquals("1000", b.user());
    assertEquals("/srv", b.workingDir());
    assertEquals("example/b", b.image());
  }

  @Test
  void load_alias_reusesTheAnchoredValue() {
    Service c = project.services().get("c");
    assertEquals("eu", valueOf(c, "REGION"));
  }

  @Test
  void load_nestedMergeInsideMergedMapping_overridesOneKey() {
    Service d = project.services().get("d");
    assertEquals("2000", d.user());
    assertEquals("example/base:1", d.image());
    assertEquals("info", valueOf(d, "LOG_LEVEL"));
    assertEquals("us", valueOf(d, "REGION"));
    assertEquals(2, d.environment().size());
  }

  @Test
  void load_topLevelExtensionsWithAnchors_areKept() {
    assertEquals(List.of("x-defaults", "x-limits", "x-more"), List.copyOf(project.extensions().keySet()));
  }

  private static String valueOf(Service service, String name) {
    return service.environment().stream().filter(v -> v.name().equals(name)).findFirst().orElseThrow().value();
  }
}
