package io.compose2helm.compose;

import io.compose2helm.diagnostics.InputException;
import io.compose2helm.diagnostics.SourceLocation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * Applies {@code extends:} in one file: each service that extends another becomes the base service
 * merged with its own keys (Compose merge rules). The base may live in another file, read relative
 * to the extending file; its relative paths stay relative to its own file, as in Compose.
 */
final class ExtendsResolver {

  private static final Set<String> EXTENDS_KEYS = Set.of("service", "file");

  private final TreeFiles files;
  private final Map<String, Node> resolved = new HashMap<>();
  private final Map<String, Node> otherFiles = new HashMap<>();
  // Per file root: its service bodies by name (the first of a name, as a scan finds), so a lookup
  // does not scan every service.
  private final Map<Node, Map<String, Node>> servicesByRoot = new IdentityHashMap<>();

  ExtendsResolver(TreeFiles files) {
    this.files = files;
  }

  /** Replaces every service body in {@code root} by its resolved form. */
  void resolve(Node root, Path file, String displayName, FileScope scope) {
    Node services = ComposeNodes.get(root, "services").orElse(null);
    if (!(services instanceof MappingNode servicesMap)) {
      return; // absent or malformed: the reader reports it
    }
    List<NodeTuple> result = new ArrayList<>();
    for (NodeTuple tuple : servicesMap.getValue()) {
      String name = ComposeNodes.text(tuple.getKeyNode()).orElse("");
      Node body = service(new Source(root, file, displayName, scope), name, new LinkedHashSet<>(), tuple.getKeyNode());
      result.add(new NodeTuple(tuple.getKeyNode(), body));
    }
    servicesMap.setValue(result);
    servicesByRoot.remove(root); // its bodies were just replaced
  }

  private Node service(Source source, String name, Set<String> chain, Node referencedBy) {
    String id = source.displayName + "#" + name;
    if (resolved.containsKey(id)) {
      return resolved.get(id);
    }
    if (!chain.add(id)) {
      throw new InputException(YamlLocations.of(referencedBy, source.displayName), "services." + name + ".extends",
          "extends forms a cycle: " + String.join(" -> ", chain) + " -> " + id);
    }
    Node body = servicesOf(source.root).get(name);
    if (body == null) {
      throw new InputException(YamlLocations.of(referencedBy, source.displayName),
          "extends", "service '" + name + "' is not defined in " + source.displayName);
    }
    Node extendsNode = ComposeNodes.get(body, "extends").orElse(null);
    Node result = body;
    if (extendsNode != null) {
      String path = "services." + name + ".extends";
      Reference reference = reference(extendsNode, source, path);
      Source baseSource = reference.file == null ? source : otherFile(source, reference.file, extendsNode, path);
      Node base = service(baseSource, reference.service, chain, extendsNode);
      result = ComposeMerger.mergeService(base, withoutExtends((MappingNode) body), source.displayName);
    }
    chain.remove(id);
    resolved.put(id, result);
    return result;
  }

  private Map<String, Node> servicesOf(Node root) {
    Map<String, Node> byName = servicesByRoot.get(root);
    if (byName == null) {
      byName = new HashMap<>();
      if (ComposeNodes.get(root, "services").orElse(null) instanceof MappingNode services) {
        for (NodeTuple tuple : services.getValue()) {
          if (tuple.getKeyNode() instanceof ScalarNode key) {
            byName.putIfAbsent(key.getValue(), tuple.getValueNode());
          }
        }
      }
      servicesByRoot.put(root, byName);
    }
    return byName;
  }

  private Reference reference(Node extendsNode, Source source, String path) {
    if (!(extendsNode instanceof MappingNode mapping)) {
      return new Reference(files.interpolated(extendsNode, source.displayName, source.scope, path), null);
    }
    String service = null;
    String file = null;
    for (NodeTuple tuple : mapping.getValue()) {
      String key = ComposeNodes.text(tuple.getKeyNode()).orElse("");
      SourceLocation where = YamlLocations.of(tuple.getKeyNode(), source.displayName);
      if (!EXTENDS_KEYS.contains(key)) {
        throw new InputException(where, path + "." + key, "unknown key '" + key + "' (extends takes service and file)");
      }
      String value = files.interpolated(tuple.getValueNode(), source.displayName, source.scope, path + "." + key);
      if (key.equals("service")) {
        service = value;
      } else {
        file = value;
      }
    }
    if (service == null) {
      throw new InputException(YamlLocations.of(extendsNode, source.displayName), path, "extends needs 'service'");
    }
    return new Reference(service, file);
  }

  private Source otherFile(Source from, String relative, Node referencedBy, String path) {
    Path file = from.file.toAbsolutePath().getParent().resolve(relative).normalize();
    Path shown = parentOf(from.file).resolve(relative);
    String displayName = TreeFiles.displayName(shown);
    Node root = otherFiles.get(displayName);
    if (root == null) {
      root = files.read(file, displayName, YamlLocations.of(referencedBy, from.displayName), path + ".file");
      otherFiles.put(displayName, root);
    }
    FileScope scope = new FileScope(parentOf(shown), from.scope.variables());
    files.register(displayName, scope);
    return new Source(root, file, displayName, scope);
  }

  private static MappingNode withoutExtends(MappingNode body) {
    List<NodeTuple> kept = new ArrayList<>(body.getValue().size());
    for (NodeTuple tuple : body.getValue()) {
      if (!ComposeNodes.isText(tuple.getKeyNode(), "extends")) {
        kept.add(tuple);
      }
    }
    return ComposeNodes.mapping(kept, body);
  }

  private static Path parentOf(Path file) {
    Path parent = file.getParent();
    return parent == null ? Path.of("") : parent;
  }

  private record Source(Node root, Path file, String displayName, FileScope scope) {}

  private record Reference(String service, String file) {}
}
