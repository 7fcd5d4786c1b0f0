package io.compose2helm.it;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/** Rendered manifests as plain maps, with lookups by kind and name and by path. */
public final class Manifests {

  private final List<Map<String, Object>> documents = new ArrayList<>();

  @SuppressWarnings("unchecked")
  public Manifests(String renderedYaml) {
    for (Object document : new Load(LoadSettings.builder().build()).loadAllFromString(renderedYaml)) {
      if (document instanceof Map<?, ?> map) {
        documents.add((Map<String, Object>) map);
      }
    }
  }

  public List<Map<String, Object>> all() {
    return documents;
  }

  public List<Map<String, Object>> ofKind(String kind) {
    return documents.stream().filter(d -> kind.equals(d.get("kind"))).toList();
  }

  public Optional<Map<String, Object>> find(String kind, String name) {
    return ofKind(kind).stream().filter(d -> name.equals(get(d, "metadata.name"))).findFirst();
  }

  public Map<String, Object> get(String kind, String name) {
    return find(kind, name).orElseThrow(() -> new AssertionError("no " + kind + " named " + name));
  }

  /** Follows a dotted path; a number selects a list element: {@code spec.template.spec.containers.0}. */
  @SuppressWarnings("unchecked")
  public static Object get(Object node, String path) {
    Object current = node;
    for (String part : path.split("\\.")) {
      if (current instanceof Map<?, ?> map) {
        current = ((Map<String, Object>) map).get(part);
      } else if (current instanceof List<?> list && part.matches("\\d+")) {
        int index = Integer.parseInt(part);
        current = index < list.size() ? list.get(index) : null;
      } else {
        return null;
      }
    }
    return current;
  }

  @SuppressWarnings("unchecked")
  public static Map<String, Object> container(Map<String, Object> workload) {
    return (Map<String, Object>) get(workload, "spec.template.spec.containers.0");
  }
}
