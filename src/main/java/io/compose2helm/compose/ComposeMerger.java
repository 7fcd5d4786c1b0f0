package io.compose2helm.compose;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Overlays one Compose tree on another at the node level, so every value keeps the file and line
 * it came from. Used for {@code -f a.yml -f b.yml}, override files and {@code extends}; the rule
 * at each path comes from {@link MergeRules}. A later {@code !reset} value removes the key, a
 * later {@code !override} value replaces it whole; {@link ResetTags} drops the tags afterwards.
 */
final class ComposeMerger {

  private ComposeMerger() {}

  /** Merges a whole file over the files before it. */
  static Node mergeFiles(Node base, Node override, String file) {
    return merge(base, override, "", file);
  }

  /** Merges a service body over the service it extends. */
  static Node mergeService(Node base, Node override, String file) {
    return merge(base, override, "services.*", file);
  }

  private static Node merge(Node base, Node override, String pattern, String file) {
    if (ComposeNodes.isOverride(override)) {
      return override;
    }
    MergeRules.Strategy strategy = MergeRules.strategy(pattern);
    if (strategy == MergeRules.Strategy.REPLACE) {
      return override;
    }
    if (strategy == MergeRules.Strategy.AS_MAPPING) {
      return mergeMappings(asMapping(base, pattern), asMapping(override, pattern), pattern, file);
    }
    if (base instanceof MappingNode baseMap && override instanceof MappingNode overrideMap) {
      return mergeMappings(baseMap, overrideMap, pattern, file);
    }
    if (base instanceof SequenceNode baseList && override instanceof SequenceNode overrideList) {
      return mergeSequences(baseList, overrideList, pattern);
    }
    return override;
  }

  private static Node mergeMappings(Node base, Node override, String pattern, String file) {
    if (!(base instanceof MappingNode baseMap) || !(override instanceof MappingNode overrideMap)) {
      return override; // a type error the reader reports with the later file's location
    }
    Map<String, NodeTuple> merged = new LinkedHashMap<>(MergeKeys.entries(baseMap, pattern, file));
    for (Map.Entry<String, NodeTuple> entry : MergeKeys.entries(overrideMap, pattern, file).entrySet()) {
      String name = entry.getKey();
      NodeTuple tuple = entry.getValue();
      Node value = tuple.getValueNode();
      NodeTuple previous = merged.get(name);
      if (ComposeNodes.isReset(value)) {
        merged.remove(name);
      } else if (previous == null) {
        merged.put(name, tuple);
      } else {
        Node combined = merge(previous.getValueNode(), value, MergeRules.child(pattern, name), file);
        merged.put(name, new NodeTuple(tuple.getKeyNode(), combined));
      }
    }
    return ComposeNodes.mapping(new ArrayList<>(merged.values()), base);
  }

  private static Node mergeSequences(SequenceNode base, SequenceNode override, String pattern) {
    Optional<SequenceKeys.Identity> uniqueKey = MergeRules.uniqueKey(pattern);
    if (uniqueKey.isEmpty()) {
      List<Node> items = new ArrayList<>(base.getValue());
      items.addAll(override.getValue());
      return ComposeNodes.sequence(items, base);
    }
    // A later entry with the same key takes the place of the earlier one.
    Map<String, Node> byKey = new LinkedHashMap<>();
    for (Node item : base.getValue()) {
      byKey.put(uniqueKey.get().of(item), item);
    }
    for (Node item : override.getValue()) {
      byKey.put(uniqueKey.get().of(item), item);
    }
    return ComposeNodes.sequence(new ArrayList<>(byKey.values()), base);
  }

  /** Reads {@code [KEY=VALUE, NAME]} as {@code {KEY: VALUE, NAME: null}}; a mapping stays as is. */
  private static Node asMapping(Node node, String pattern) {
    if (!(node instanceof SequenceNode sequence)) {
      return node;
    }
    boolean colonSeparates = pattern.endsWith("extra_hosts");
    List<NodeTuple> tuples = new ArrayList<>();
    for (Node item : sequence.getValue()) {
      String text = ComposeNodes.text(item).orElse(null);
      if (text == null) {
        return node; // not a list of strings: leave it for the reader to report
      }
      int split = separator(text, colonSeparates);
      Node key = ComposeNodes.string(split < 0 ? text : text.substring(0, split), item);
      Node value = split < 0 ? ComposeNodes.nullValue(item) : ComposeNodes.string(text.substring(split + 1), item);
      tuples.add(new NodeTuple(key, value));
    }
    return ComposeNodes.mapping(tuples, node);
  }

  private static int separator(String text, boolean colonSeparates) {
    int equals = text.indexOf('=');
    if (equals >= 0 || !colonSeparates) {
      return equals;
    }
    return text.indexOf(':');
  }
}
