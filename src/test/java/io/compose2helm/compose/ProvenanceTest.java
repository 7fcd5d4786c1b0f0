package io.compose2helm.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.compose2helm.diagnostics.SourceLocation;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The variables a key or its subtree interpolated: only the keys at or below it count (not a
 * sibling whose name it begins), in the order they were first read, not the order of their names.
 */
class ProvenanceTest {

  private static Provenance recorded(String... pathsAndRaws) {
    Provenance provenance = new Provenance();
    for (int i = 0; i < pathsAndRaws.length; i += 2) {
      provenance.record(pathsAndRaws[i], pathsAndRaws[i + 1], SourceLocation.ofFile("docker-compose.yml"), name -> "v");
    }
    return provenance;
  }

  @Test
  void usesUnder_aServiceAmongSiblingsOfTheSamePrefix_holdsItsOwnKeysInTheOrderRead() {
    Provenance provenance = recorded(
        "services.web.ports[0]", "${PORT}:80",
        "services.web2.image", "${IMAGE}",
        "services.web.environment.B", "${B}",
        "services.web-admin.image", "${ADMIN}",
        "services.web.environment.A", "${A}",
        "services.web", "${WHOLE}",
        "services.we.image", "${WE}");
    assertEquals(List.of("services.web.ports[0]", "services.web.environment.B", "services.web.environment.A",
        "services.web"), List.copyOf(provenance.usesUnder("services.web").keySet()));
    assertEquals(Set.of("PORT", "B", "A", "WHOLE"), provenance.variablesUnder("services.web"));
    assertEquals(List.of("PORT", "B", "A", "WHOLE"), List.copyOf(provenance.variablesUnder("services.web")));
    assertEquals(Map.of("services.web.environment.B", Set.of("B"), "services.web.environment.A", Set.of("A")),
        provenance.usesUnder("services.web.environment"));
    assertEquals(Set.of("IMAGE"), provenance.variablesUnder("services.web2"));
    assertEquals(Set.of(), provenance.variablesUnder("services.w"));
    assertEquals(Set.of(), provenance.variablesUnder("services.zzz"));
    assertEquals(7, provenance.usesUnder("").size());
    assertEquals(List.of("PORT", "IMAGE", "B", "ADMIN", "A", "WHOLE", "WE"), List.copyOf(provenance.variablesUnder("")));
  }

  @Test
  void isAtOrBelow_keysItemsAndSiblings() {
    assertTrue(Provenance.isAtOrBelow("services.web", "services.web"));
    assertTrue(Provenance.isAtOrBelow("services.web.image", "services.web"));
    assertTrue(Provenance.isAtOrBelow("services.web.ports[0]", "services.web.ports"));
    assertTrue(Provenance.isAtOrBelow("anything", ""));
    assertFalse(Provenance.isAtOrBelow("services.web2.image", "services.web"));
    assertFalse(Provenance.isAtOrBelow("services.we", "services.web"));
    assertFalse(Provenance.isAtOrBelow("services.web-admin", "services.web"));
  }
}
