package io.compose2helm.compose;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Overlays later Compose files on earlier ones at the node level, so every value keeps the file
 * and line it came from. Mappings merge key by key; lists that Compose accumulates are appended;
 * anything else is replaced by the later file.
 */
final class ComposeFileMerger {

  // The list-valued keys Compose appends to rather than replaces when files are combined.
  private static final Set<String> APPENDED_LISTS =
      Set.of(
          "ports", "expose", "volumes", "secrets", "configs", "env_file", "extra_hosts",
          "profiles", "networks", "depends_on", "dns", "cap_add", "cap_drop", "devices");

  private ComposeFileMerger() {}

  static Node merge(Node base, Node override, String file) {
    return merge(base, override, "", file);
  }

  private static Node merge(Node base, Node override, String key, String file) {
    if (base instanceof MappingNode baseMap && override instanceof MappingNode overrideMap) {
      Map<String, NodeTuple> merged = new LinkedHashMap<>(MergeKeys.entries(baseMap, key, file));
      MergeKeys.entries(overrideMap, key, file)
          .forEach(
              (name, tuple) -> {
                NodeTuple previous = merged.get(name);
                Node value =
                    previous == null
                        ? tuple.getValueNode()
                        : merge(previous.getValueNode(), tuple.getValueNode(), name, file);
                merged.put(name, new NodeTuple(tuple.getKeyNode(), value));
              });
      return new MappingNode(
          Tag.MAP, false, new ArrayList<>(merged.values()), FlowStyle.BLOCK,
          base.getStartMark(), base.getEndMark());
    }
    if (base instanceof SequenceNode baseList
        && override instanceof SequenceNode overrideList
        && APPENDED_LISTS.contains(key)) {
      List<Node> items = new ArrayList<>(baseList.getValue());
      items.addAll(overrideList.getValue());
      return new SequenceNode(
          Tag.SEQ, false, items, FlowStyle.BLOCK, base.getStartMark(), base.getEndMark());
    }
    return override;
  }
}
