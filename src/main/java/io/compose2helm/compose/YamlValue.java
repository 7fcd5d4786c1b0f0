package io.compose2helm.compose;

import io.compose2helm.diagnostics.InputException;
import io.compose2helm.diagnostics.SourceLocation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * A node of the Compose tree together with its key path, with typed readers. Scalars are
 * interpolated when read, so interpolation messages point at the exact value. Type mismatches
 * throw an InputException naming location, path and what was expected.
 */
final class YamlValue {

  private final Node node;
  private final String path;
  private final ReadContext context;

  YamlValue(Node node, String path, ReadContext context) {
    this.node = node;
    this.path = path;
    this.context = context;
  }

  String path() {
    return path;
  }

  SourceLocation location() {
    return YamlLocations.of(node, context.mainFile());
  }

  ReadContext context() {
    return context;
  }

  boolean isNull() {
    return node instanceof ScalarNode && Tag.NULL.equals(node.getTag());
  }

  boolean isMapping() {
    return node instanceof MappingNode;
  }

  boolean isSequence() {
    return node instanceof SequenceNode;
  }

  boolean isScalar() {
    return node instanceof ScalarNode && !isNull();
  }

  /** The entries of a mapping (merge keys resolved), in source order. */
  List<YamlEntry> entries() {
    if (!(node instanceof MappingNode mapping)) {
      throw expected("a mapping");
    }
    List<YamlEntry> result = new ArrayList<>();
    for (Map.Entry<String, NodeTuple> entry :
        MergeKeys.entries(mapping, path, context.mainFile()).entrySet()) {
      String key = entry.getKey();
      NodeTuple tuple = entry.getValue();
      result.add(
          new YamlEntry(
              key,
              YamlLocations.of(tuple.getKeyNode(), context.mainFile()),
              new YamlValue(tuple.getValueNode(), ComposePaths.child(path, key), context)));
    }
    return result;
  }

  /** The entries of a mapping; a null value (a key with nothing after it) reads as no entries. */
  List<YamlEntry> entriesOrEmpty() {
    return isNull() ? List.of() : entries();
  }

  List<YamlValue> items() {
    if (!(node instanceof SequenceNode sequence)) {
      throw expected("a list");
    }
    List<YamlValue> result = new ArrayList<>();
    List<Node> nodes = sequence.getValue();
    for (int i = 0; i < nodes.size(); i++) {
      result.add(new YamlValue(nodes.get(i), ComposePaths.item(path, i), context));
    }
    return result;
  }

  /** The scalar as written, before interpolation; null for a null value. */
  String raw() {
    if (isNull()) {
      return null;
    }
    if (!(node instanceof ScalarNode scalar)) {
      throw expected("a single value (string, number or boolean)");
    }
    return scalar.getValue();
  }

  /** The scalar after interpolation; null for a null value. */
  String text() {
    return context.interpolate(raw(), location(), path);
  }

  /** The scalar after interpolation; an error when it is null. */
  String requiredText() {
    String text = text();
    if (text == null) {
      throw expected("a value");
    }
    return text;
  }

  int integer() {
    String text = requiredText().trim();
    try {
      return Integer.parseInt(text);
    } catch (NumberFormatException e) {
      throw error("expected an integer but found '" + text + "'");
    }
  }

  boolean bool() {
    String text = requiredText().trim().toLowerCase(java.util.Locale.ROOT);
    return switch (text) {
      case "true" -> true;
      case "false" -> false;
      default -> throw error("expected true or false but found '" + text + "'");
    };
  }

  /** A string, or a list of strings, as a list. */
  List<String> stringOrList() {
    if (isSequence()) {
      return stringList();
    }
    return List.of(requiredText());
  }

  /** A list of strings. */
  List<String> stringList() {
    List<YamlValue> items = items();
    List<String> texts = new ArrayList<>(items.size());
    for (YamlValue item : items) {
      texts.add(item.requiredText());
    }
    return Collections.unmodifiableList(texts);
  }

  /** Whether the scalar was written as a number or boolean rather than a string (tag resolution). */
  Tag tag() {
    return node.getTag();
  }

  InputException error(String message) {
    return new InputException(location(), path, message);
  }

  InputException expected(String what) {
    return error("expected " + what + " but found " + describe());
  }

  private String describe() {
    if (node instanceof MappingNode) {
      return "a mapping";
    }
    if (node instanceof SequenceNode) {
      return "a list";
    }
    if (isNull()) {
      return "nothing (null)";
    }
    return "'" + ((ScalarNode) node).getValue() + "'";
  }
}
