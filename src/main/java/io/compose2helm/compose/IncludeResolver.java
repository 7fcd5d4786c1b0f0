package io.compose2helm.compose;

import io.compose2helm.compose.env.EnvFiles;
import io.compose2helm.compose.env.VariableLookups;
import io.compose2helm.diagnostics.InputException;
import io.compose2helm.diagnostics.InputLog;
import io.compose2helm.diagnostics.SourceLocation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Applies a file's top-level {@code include:}. Each entry is loaded as its own small project (its
 * files merged, its own includes and extends applied, relative paths against its project
 * directory, variables from the including project first and then its env files), and its
 * services, volumes, networks, secrets and configs are added to the including file. A name defined
 * twice is an error, as in Compose.
 */
final class IncludeResolver {

  private static final Set<String> ENTRY_KEYS = Set.of("path", "project_directory", "env_file");
  private static final List<String> SECTIONS = List.of("services", "volumes", "networks", "secrets", "configs");

  /** Reads one file of an included project, applying its own include and extends. */
  interface FileReader {
    Node read(Path file, String displayName, FileScope scope, SourceLocation referencedAt);
  }

  private final TreeFiles files;
  private final FileReader reader;

  IncludeResolver(TreeFiles files, FileReader reader) {
    this.files = files;
    this.reader = reader;
  }

  /** Removes {@code include} from {@code root} and adds what it brings in. */
  void resolve(MappingNode root, String displayName, FileScope scope) {
    NodeTuple include = includeEntry(root);
    if (include == null) {
      return;
    }
    List<NodeTuple> rest = new ArrayList<>(root.getValue());
    rest.remove(include);
    root.setValue(rest);
    Node entries = include.getValueNode();
    if (!(entries instanceof SequenceNode list)) {
      throw new InputException(YamlLocations.of(entries, displayName), "include", "expected a list of files or include entries");
    }
    for (int i = 0; i < list.getValue().size(); i++) {
      Node included = project(list.getValue().get(i), displayName, scope, "include[" + i + "]");
      addSections(root, included, displayName);
    }
  }

  private static NodeTuple includeEntry(MappingNode root) {
    for (NodeTuple tuple : root.getValue()) {
      if (ComposeNodes.isText(tuple.getKeyNode(), "include")) {
        return tuple;
      }
    }
    return null;
  }

  private Node project(Node entry, String displayName, FileScope scope, String path) {
    Entry parsed = entry(entry, displayName, scope, path);
    if (parsed.paths.isEmpty()) {
      throw new InputException(YamlLocations.of(entry, displayName), path, "an include entry needs 'path'");
    }
    Path firstFile = scope.baseDir().resolve(parsed.paths.get(0));
    Path projectDir = parsed.projectDirectory != null
        ? scope.baseDir().resolve(parsed.projectDirectory) : parentOf(firstFile);
    FileScope includedScope = new FileScope(projectDir, variables(scope, projectDir, parsed.envFiles));
    SourceLocation where = YamlLocations.of(entry, displayName);
    Node merged = null;
    for (String relative : parsed.paths) {
      Path file = scope.baseDir().resolve(relative);
      String name = TreeFiles.displayName(file);
      files.register(name, includedScope);
      Node tree = reader.read(file, name, includedScope, where);
      merged = merged == null ? tree : ComposeMerger.mergeFiles(merged, tree, name);
    }
    return merged;
  }

  private Entry entry(Node entry, String displayName, FileScope scope, String path) {
    Entry result = new Entry();
    if (!(entry instanceof MappingNode mapping)) {
      result.paths.add(files.interpolated(entry, displayName, scope, path));
      return result;
    }
    for (NodeTuple tuple : mapping.getValue()) {
      String key = ComposeNodes.text(tuple.getKeyNode()).orElse("");
      String keyPath = path + "." + key;
      if (!ENTRY_KEYS.contains(key)) {
        throw new InputException(YamlLocations.of(tuple.getKeyNode(), displayName), keyPath,
            "unknown key '" + key + "' (an include entry takes path, project_directory and env_file)");
      }
      List<String> values = texts(tuple.getValueNode(), displayName, scope, keyPath);
      switch (key) {
        case "path" -> result.paths.addAll(values);
        case "env_file" -> result.envFiles.addAll(values);
        default -> result.projectDirectory = values.get(0);
      }
    }
    return result;
  }

  private List<String> texts(Node node, String displayName, FileScope scope, String path) {
    if (node instanceof SequenceNode list) {
      List<String> result = new ArrayList<>();
      for (Node item : list.getValue()) {
        result.add(files.interpolated(item, displayName, scope, path));
      }
      return result;
    }
    return List.of(files.interpolated(node, displayName, scope, path));
  }

  /** The including project's variables win; the included env files only add names it lacks. */
  private static Function<String, String> variables(FileScope parent, Path projectDir, List<String> envFiles) {
    List<Path> paths = new ArrayList<>();
    if (envFiles.isEmpty()) {
      Path dotenv = projectDir.resolve(".env");
      if (InputLog.isRegularFile(dotenv)) {
        paths.add(dotenv);
      }
    } else {
      for (String envFile : envFiles) {
        paths.add(parent.baseDir().resolve(envFile));
      }
    }
    Map<String, String> own = EnvFiles.load(paths, NormalizedPathName.INSTANCE, Map.of()).variables();
    return VariableLookups.firstSetting(parent.variables(), own);
  }

  private static void addSections(MappingNode root, Node included, String displayName) {
    for (String section : SECTIONS) {
      Node added = ComposeNodes.get(included, section).orElse(null);
      if (!(added instanceof MappingNode addedMap)) {
        continue;
      }
      Node existing = ComposeNodes.get(root, section).orElse(null);
      if (existing == null) {
        List<NodeTuple> tuples = new ArrayList<>(root.getValue());
        tuples.add(new NodeTuple(ComposeNodes.string(section, added), added));
        root.setValue(tuples);
        continue;
      }
      if (!(existing instanceof MappingNode existingMap)) {
        continue; // malformed: the reader reports it
      }
      List<NodeTuple> tuples = new ArrayList<>(existingMap.getValue());
      for (NodeTuple tuple : addedMap.getValue()) {
        String name = ComposeNodes.text(tuple.getKeyNode()).orElse("");
        if (ComposeNodes.get(existingMap, name).isPresent()) {
          throw new InputException(YamlLocations.of(tuple.getKeyNode(), displayName), section + "." + name,
              "'" + name + "' is defined both here and in a file this project includes");
        }
        tuples.add(tuple);
      }
      existingMap.setValue(tuples);
    }
  }

  private static Path parentOf(Path file) {
    Path parent = file.getParent();
    return parent == null ? Path.of("") : parent;
  }

  /** An env file named as {@link TreeFiles#displayName} names it. */
  private static final class NormalizedPathName implements Function<Path, String> {
    static final NormalizedPathName INSTANCE = new NormalizedPathName();

    @Override
    public String apply(Path path) {
      return TreeFiles.displayName(path);
    }
  }

  private static final class Entry {
    final List<String> paths = new ArrayList<>();
    final List<String> envFiles = new ArrayList<>();
    String projectDirectory;
  }
}
