package io.compose2helm.chart;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.Map;
import java.util.TreeMap;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * JSON Schema definitions of the Kubernetes objects values pass through to pods (security contexts,
 * probes, resources, affinity, tolerations, strategy), vendored as a resource. The file is generated
 * from the official Kubernetes Java client models by the test-scope KubernetesDefinitionsGenerator
 * (never edited by hand; a test checks it matches), so the product needs no Kubernetes client.
 * Definitions reference each other as {@code #/$defs/<name>}, so they can be copied into
 * values.schema.json as they are.
 */
final class KubernetesDefinitions {

  /** The Kubernetes release the definitions describe (that of io.kubernetes:client-java-api 27). */
  static final String KUBERNETES_VERSION = "1.36";
  static final String RESOURCE = "kubernetes/definitions-" + KUBERNETES_VERSION + ".json";
  static final String REF_PREFIX = "#/$defs/";

  private static final class Holder {
    static final KubernetesDefinitions INSTANCE = load();
  }

  private final Map<String, Object> definitions;

  private KubernetesDefinitions(Map<String, Object> definitions) {
    this.definitions = definitions;
  }

  static KubernetesDefinitions get() {
    return Holder.INSTANCE;
  }

  @SuppressWarnings("unchecked")
  private static KubernetesDefinitions load() {
    try (InputStream in = KubernetesDefinitions.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      Map<String, Object> file = (Map<String, Object>) new Load(LoadSettings.builder().setLabel(RESOURCE).build())
          .loadFromInputStream(in);
      return new KubernetesDefinitions((Map<String, Object>) file.get("definitions"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The properties of one definition, for a chart block that adds its own keys to a Kubernetes object. */
  @SuppressWarnings("unchecked")
  Map<String, Object> properties(String name) {
    return (Map<String, Object>) definition(name).get("properties");
  }

  /**
   * The Kubernetes definitions {@code schema} references, directly or through each other, by name:
   * what values.schema.json must carry under {@code $defs}.
   */
  Map<String, Object> referencedBy(Object schema) {
    Map<String, Object> used = new TreeMap<>();
    Deque<Object> pending = new ArrayDeque<>();
    pending.push(schema);
    while (!pending.isEmpty()) {
      Object node = pending.pop();
      if (node instanceof Map<?, ?> map) {
        if (map.get("$ref") instanceof String ref && ref.startsWith(REF_PREFIX)) {
          String name = ref.substring(REF_PREFIX.length());
          if (definitions.containsKey(name) && !used.containsKey(name)) {
            used.put(name, definitions.get(name));
            pending.push(definitions.get(name));
          }
        }
        for (Object value : map.values()) {
          pending.push(value);
        }
      } else if (node instanceof Collection<?> items) {
        for (Object item : items) {
          pending.push(item);
        }
      }
    }
    return used;
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> definition(String name) {
    Object definition = definitions.get(name);
    if (definition == null) {
      throw new IllegalArgumentException("no Kubernetes definition " + name + " in " + RESOURCE);
    }
    return (Map<String, Object>) definition;
  }
}
