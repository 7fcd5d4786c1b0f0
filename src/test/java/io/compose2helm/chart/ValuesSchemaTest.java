package io.compose2helm.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class ValuesSchemaTest {

  private static final JsonObject SCHEMA =
      JsonParser.parseString(new ValuesSchema(List.of("api", "db"), List.of("data")).render()).getAsJsonObject();

  @Test
  void render_everyReferenceResolvesAndEveryDefinitionIsUsed() {
    Set<String> refs = new TreeSet<>();
    collectRefs(SCHEMA, refs);
    Set<String> defined = new TreeSet<>(SCHEMA.getAsJsonObject("$defs").keySet());
    assertEquals(defined, refs);
    assertTrue(defined.containsAll(Set.of("V1HTTPGetAction", "V1Toleration", "V1Affinity",
        "V1PodSecurityContext", "V1SecurityContext", "V1DeploymentStrategy", "Quantity")), defined.toString());
  }

  @Test
  void render_kubernetesDefinitionsAreCopiedAsVendored() {
    JsonObject vendored = JsonParser.parseString(KubernetesDefinitionsGenerator.generate()).getAsJsonObject()
        .getAsJsonObject("definitions");
    for (Map.Entry<String, JsonElement> definition : SCHEMA.getAsJsonObject("$defs").entrySet()) {
      if (!Set.of("service", "probe").contains(definition.getKey())) {
        assertEquals(vendored.get(definition.getKey()), definition.getValue(), definition.getKey());
      }
    }
  }

  private static void collectRefs(JsonElement node, Set<String> refs) {
    if (node.isJsonObject()) {
      for (Map.Entry<String, JsonElement> entry : node.getAsJsonObject().entrySet()) {
        if (entry.getKey().equals("$ref")) {
          refs.add(entry.getValue().getAsString().substring("#/$defs/".length()));
        } else {
          collectRefs(entry.getValue(), refs);
        }
      }
    } else if (node.isJsonArray()) {
      node.getAsJsonArray().forEach(item -> collectRefs(item, refs));
    }
  }
}
