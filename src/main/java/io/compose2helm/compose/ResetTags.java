package io.compose2helm.compose;

import java.util.ArrayList;
import java.util.List;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Removes what is left of Compose's {@code !reset} and {@code !override} tags once files are
 * merged: a {@code !reset} key is dropped (also in a single file, as Compose does), an {@code
 * !override} value is read as if untagged. Readers would otherwise see an unknown tag.
 */
final class ResetTags {

  private static final CoreSchema SCHEMA = new CoreSchema();

  private ResetTags() {}

  static Node strip(Node node) {
    if (node instanceof MappingNode mapping) {
      List<NodeTuple> kept = new ArrayList<>();
      for (NodeTuple tuple : mapping.getValue()) {
        if (!ComposeNodes.isReset(tuple.getValueNode())) {
          kept.add(new NodeTuple(tuple.getKeyNode(), strip(tuple.getValueNode())));
        }
      }
      mapping.setValue(kept);
      untag(mapping, Tag.MAP);
      return mapping;
    }
    if (node instanceof SequenceNode sequence) {
      List<Node> items = new ArrayList<>();
      for (Node item : sequence.getValue()) {
        items.add(strip(item));
      }
      untag(sequence, Tag.SEQ);
      return ComposeNodes.sequence(items, sequence);
    }
    ScalarNode scalar = (ScalarNode) node;
    if (ComposeNodes.isOverride(scalar)) {
      Tag implicit = scalar.getScalarStyle() == ScalarStyle.PLAIN
          ? SCHEMA.getScalarResolver().resolve(scalar.getValue(), true)
          : Tag.STR;
      scalar.setTag(implicit);
    }
    return scalar;
  }

  private static void untag(Node node, Tag implicit) {
    if (ComposeNodes.isOverride(node)) {
      node.setTag(implicit);
    }
  }
}
