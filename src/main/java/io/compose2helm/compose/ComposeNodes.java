package io.compose2helm.compose;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Builds and inspects snakeyaml nodes for the tree rewrites (merge, extends, include). New nodes
 * borrow the marks of the node they stand for, so messages still point at the source line.
 */
final class ComposeNodes {

  static final Tag RESET = new Tag("!reset");
  static final Tag OVERRIDE = new Tag("!override");

  private ComposeNodes() {}

  static ScalarNode string(String text, Node markedLike) {
    return new ScalarNode(Tag.STR, true, text, ScalarStyle.PLAIN, markedLike.getStartMark(), markedLike.getEndMark());
  }

  static ScalarNode nullValue(Node markedLike) {
    return new ScalarNode(Tag.NULL, true, "", ScalarStyle.PLAIN, markedLike.getStartMark(), markedLike.getEndMark());
  }

  static MappingNode mapping(List<NodeTuple> tuples, Node markedLike) {
    return new MappingNode(
        Tag.MAP, false, new ArrayList<>(tuples), FlowStyle.BLOCK, markedLike.getStartMark(), markedLike.getEndMark());
  }

  static SequenceNode sequence(List<Node> items, Node markedLike) {
    return new SequenceNode(
        Tag.SEQ, false, new ArrayList<>(items), FlowStyle.BLOCK, markedLike.getStartMark(), markedLike.getEndMark());
  }

  static boolean isReset(Node node) {
    return RESET.equals(node.getTag());
  }

  static boolean isOverride(Node node) {
    return OVERRIDE.equals(node.getTag());
  }

  /** The scalar text of a node, or empty when it is not a scalar. */
  static Optional<String> text(Node node) {
    return node instanceof ScalarNode scalar ? Optional.of(scalar.getValue()) : Optional.empty();
  }

  /** Whether a node is the scalar {@code text}, such as the key of an entry. */
  static boolean isText(Node node, String text) {
    return node instanceof ScalarNode scalar && text.equals(scalar.getValue());
  }

  /** The value of {@code key} in a mapping node (merge keys are not followed), if present. */
  static Optional<Node> get(Node mapping, String key) {
    if (mapping instanceof MappingNode map) {
      for (NodeTuple tuple : map.getValue()) {
        if (isText(tuple.getKeyNode(), key)) {
          return Optional.of(tuple.getValueNode());
        }
      }
    }
    return Optional.empty();
  }
}
