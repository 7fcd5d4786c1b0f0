package io.compose2helm.compose;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/** The identity of a list entry when Compose keeps list entries unique while merging. */
final class SequenceKeys {

  private SequenceKeys() {}

  /** The identity, one of those below, that keeps the entries of a list unique. */
  enum Identity {
    PORT,
    VOLUME_TARGET,
    FILE_REFERENCE,
    ENV_FILE,
    CANONICAL;

    String of(Node node) {
      return switch (this) {
        case PORT -> port(node);
        case VOLUME_TARGET -> volumeTarget(node);
        case FILE_REFERENCE -> fileReference(node);
        case ENV_FILE -> envFile(node);
        case CANONICAL -> canonical(node);
      };
    }
  }

  /** A short-syntax port as written; a long one by address, published port, target and protocol. */
  static String port(Node node) {
    if (node instanceof MappingNode) {
      return field(node, "host_ip") + ":" + field(node, "published") + ":" + field(node, "target")
          + "/" + (field(node, "protocol").isEmpty() ? "tcp" : field(node, "protocol"));
    }
    return canonical(node);
  }

  /** A mount is identified by where it lands in the container. */
  static String volumeTarget(Node node) {
    if (node instanceof MappingNode) {
      return field(node, "target");
    }
    String[] parts = canonical(node).split(":");
    return parts.length == 1 ? parts[0] : parts[1];
  }

  /** A secret or config by its target when given, else by its source. */
  static String fileReference(Node node) {
    if (node instanceof MappingNode) {
      String target = field(node, "target");
      return target.isEmpty() ? field(node, "source") : target;
    }
    return canonical(node);
  }

  static String envFile(Node node) {
    return node instanceof MappingNode ? field(node, "path") : canonical(node);
  }

  /** A text form that is equal for equal nodes; used where the whole entry is the identity. */
  static String canonical(Node node) {
    if (node instanceof ScalarNode scalar) {
      return scalar.getValue();
    }
    if (node instanceof SequenceNode sequence) {
      List<String> items = new ArrayList<>(sequence.getValue().size());
      for (Node item : sequence.getValue()) {
        items.add(canonical(item));
      }
      return "[" + String.join(",", items) + "]";
    }
    MappingNode mapping = (MappingNode) node;
    List<String> entries = new ArrayList<>(mapping.getValue().size());
    for (NodeTuple tuple : mapping.getValue()) {
      entries.add(canonical(tuple.getKeyNode()) + "=" + canonical(tuple.getValueNode()));
    }
    entries.sort(null);
    return "{" + String.join(",", entries) + "}";
  }

  private static String field(Node mapping, String key) {
    Optional<Node> value = ComposeNodes.get(mapping, key);
    return value.isPresent() && value.get() instanceof ScalarNode scalar ? scalar.getValue() : "";
  }
}
