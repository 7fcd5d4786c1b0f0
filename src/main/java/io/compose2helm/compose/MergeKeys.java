package io.compose2helm.compose;

import io.compose2helm.diagnostics.InputException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Lists a mapping's entries by key, rejecting duplicate keys, and resolves any YAML {@code <<}
 * merge key still in the tree. snakeyaml-engine 2.10's composer already flattens merge keys
 * (explicit keys first, then merged ones); resolving here too keeps the rule (explicit keys win,
 * earlier merged mappings win) independent of that library behaviour.
 */
final class MergeKeys {

  private static final String MERGE_KEY = "<<";

  private MergeKeys() {}

  /** The entries of a mapping with merges applied, keyed by the key's text, in source order. */
  static Map<String, NodeTuple> entries(MappingNode mapping, String path, String file) {
    Map<String, NodeTuple> explicit = new LinkedHashMap<>();
    List<Node> merged = new ArrayList<>();
    for (NodeTuple tuple : mapping.getValue()) {
      Node key = tuple.getKeyNode();
      if (!(key instanceof ScalarNode scalarKey)) {
        throw new InputException(
            YamlLocations.of(key, file), path, "a mapping key must be a plain string");
      }
      if (scalarKey.isPlain() && MERGE_KEY.equals(scalarKey.getValue())) {
        merged.addAll(mergeSources(tuple.getValueNode(), path, file));
        continue;
      }
      if (explicit.put(scalarKey.getValue(), tuple) != null) {
        throw new InputException(
            YamlLocations.of(key, file),
            ComposePaths.child(path, scalarKey.getValue()),
            "duplicate key '" + scalarKey.getValue() + "'");
      }
    }
    if (merged.isEmpty()) {
      return explicit;
    }
    Map<String, NodeTuple> result = new LinkedHashMap<>();
    for (Node source : merged) {
      // A merged mapping may itself merge others; resolve it first.
      for (Map.Entry<String, NodeTuple> entry : entries((MappingNode) source, path, file).entrySet()) {
        result.putIfAbsent(entry.getKey(), entry.getValue());
      }
    }
    // Explicit keys replace merged ones but keep the merged key's place in the order.
    result.putAll(explicit);
    return result;
  }

  private static List<Node> mergeSources(Node value, String path, String file) {
    if (value instanceof MappingNode) {
      return List.of(value);
    }
    if (value instanceof SequenceNode sequence) {
      for (Node item : sequence.getValue()) {
        if (!(item instanceof MappingNode)) {
          throw new InputException(
              YamlLocations.of(item, file), path, "'<<' expects a mapping or a list of mappings");
        }
      }
      return sequence.getValue();
    }
    throw new InputException(
        YamlLocations.of(value, file), path, "'<<' expects a mapping or a list of mappings");
  }
}
