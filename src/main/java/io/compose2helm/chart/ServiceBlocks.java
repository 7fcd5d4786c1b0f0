package io.compose2helm.chart;

import io.compose2helm.kube.KubeNames;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * values.yaml and the README cut into each service's block (its text in values.yaml, its parameter rows
 * in the README) and what lies around the blocks, each part kept in the render cache between runs.
 * After an edit of one service both files are made again, but only that service's block is emitted
 * (most of both files is the services' blocks); the other blocks and the text around them are those of
 * the run before. A block is kept under its full key (its path and value, see {@link
 * RenderCache#keyText}), the text around them under everything else the two files are made of ({@link
 * RenderCache#keyTextAround}), so only equal data is a hit. One entry per chart holds its latest
 * blocks; the text around them is an entry like any other.
 *
 * <p>values.yaml takes its parts on the main thread and the README on its own; each writes only its
 * own fields (yaml and yamlAround, readme and readmeAround), and {@link #keep} runs after both are done.
 */
final class ServiceBlocks {

  static final String PARENT = "services";
  /** No blocks and no cache: everything is emitted whole. */
  static final ServiceBlocks NONE = new ServiceBlocks(Map.of(), Map.of(), Map.of(), null, null);

  private static final String KEY = "key:";
  private static final String YAML = "yaml:";
  private static final String README = "readme:";

  private final Map<String, Map<?, ?>> values;
  private final Map<String, String> keys;
  private final Map<String, String> kept;
  private final RenderCache.Lookup entry;
  private final RenderCache.Lookup around;
  private final Map<String, String> yaml = new LinkedHashMap<>();
  private final Map<String, String> readme = new LinkedHashMap<>();
  private List<String> yamlAround;
  private List<String> readmeAround;

  private ServiceBlocks(Map<String, Map<?, ?>> values, Map<String, String> keys, Map<String, String> kept,
      RenderCache.Lookup entry, RenderCache.Lookup around) {
    this.values = values;
    this.keys = keys;
    this.kept = kept;
    this.entry = entry;
    this.around = around;
  }

  /**
   * The blocks of {@code values}: each service's map under a Kubernetes service name (a plain word, which
   * the emitter writes as a simple key), when it is not empty; with what {@code cache} kept of them for this chart, and of the text around
   * them for these values and {@code surroundings} (everything else values.yaml and the README are made of).
   */
  static ServiceBlocks of(CommentedMap values, String chartName, List<Object> surroundings, RenderCache cache) {
    Map<String, Map<?, ?>> blocks = new LinkedHashMap<>();
    Map<String, String> keys = new LinkedHashMap<>();
    if (!(values.get(PARENT) instanceof Map<?, ?> services)) {
      return NONE;
    }
    for (Map.Entry<?, ?> service : services.entrySet()) {
      if (service.getKey() instanceof String name && KubeNames.isServiceName(name)
          && service.getValue() instanceof Map<?, ?> block && !block.isEmpty()) {
        blocks.put(name, block);
        String key = cache.keyText("service-block", List.of(PARENT, name, block));
        if (key != null) {
          keys.put(name, key);
        }
      }
    }
    if (keys.size() != blocks.size()) {
      return new ServiceBlocks(Collections.unmodifiableMap(blocks), Map.of(), Map.of(), null, null);
    }
    RenderCache.Lookup entry = cache.lookup("service-blocks", List.of(chartName));
    RenderCache.Lookup around = cache.lookupAround("around-service-blocks", List.of(surroundings, values), services,
        blocks.keySet());
    Map<String, String> kept = entry.hit() ? entry.kept() : Map.of();
    return new ServiceBlocks(Collections.unmodifiableMap(blocks), keys, kept, entry, around);
  }

  /** The blocks' values, by service name, in the order of values.yaml. */
  Map<String, Map<?, ?>> values() {
    return values;
  }

  /** The block's kept text in values.yaml, or null: then emit it and give it to {@link #madeYaml}. */
  String keptYaml(String name) {
    return kept(name, YAML, yaml);
  }

  void madeYaml(String name, String text) {
    made(name, text, yaml);
  }

  /** The block's kept rows in the README, or null: then render them and give them to {@link #madeReadme}. */
  String keptReadme(String name) {
    return kept(name, README, readme);
  }

  void madeReadme(String name, String text) {
    made(name, text, readme);
  }

  /** values.yaml around the blocks ({@link YamlWriter#writeDocumentedAround}) as kept, or null. */
  List<String> keptYamlAround() {
    return keptAround(YAML);
  }

  void madeYamlAround(List<String> segments) {
    if (entry != null) {
      yamlAround = segments;
    }
  }

  /** The README around the blocks' rows as kept, or null. */
  List<String> keptReadmeAround() {
    return keptAround(README);
  }

  void madeReadmeAround(List<String> segments) {
    if (entry != null) {
      readmeAround = segments;
    }
  }

  private String kept(String name, String kind, Map<String, String> taken) {
    String key = keys.get(name);
    String text = key != null && key.equals(kept.get(KEY + name)) ? kept.get(kind + name) : null;
    if (text != null) {
      taken.put(name, text);
    }
    return text;
  }

  private void made(String name, String text, Map<String, String> taken) {
    if (entry != null) {
      taken.put(name, text);
    }
  }

  private List<String> keptAround(String kind) {
    if (around == null || !around.hit()) {
      return null;
    }
    List<String> segments = new ArrayList<>(values.size() + 1);
    for (int i = 0; i <= values.size(); i++) {
      String segment = around.kept().get(kind + i);
      if (segment == null) {
        return null;
      }
      segments.add(segment);
    }
    return segments;
  }

  /** Keeps what this run made; after values.yaml and the README are made. */
  void keep() {
    if (entry == null) {
      return;
    }
    Map<String, String> outputs = new LinkedHashMap<>();
    for (Map.Entry<String, String> key : keys.entrySet()) {
      String name = key.getKey();
      if (yaml.containsKey(name) && readme.containsKey(name)) {
        outputs.put(KEY + name, key.getValue());
        outputs.put(YAML + name, yaml.get(name));
        outputs.put(README + name, readme.get(name));
      }
    }
    // Rewritten only when a block changed, came or went; empty when values.yaml was written whole.
    if (!outputs.isEmpty() && !outputs.equals(kept)) {
      entry.keep(outputs);
    }
    if (!around.hit() && yamlAround != null && readmeAround != null) {
      Map<String, String> segments = new LinkedHashMap<>();
      for (int i = 0; i < yamlAround.size(); i++) {
        segments.put(YAML + i, yamlAround.get(i));
      }
      for (int i = 0; i < readmeAround.size(); i++) {
        segments.put(README + i, readmeAround.get(i));
      }
      around.keep(segments);
    }
  }
}
