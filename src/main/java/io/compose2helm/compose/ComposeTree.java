package io.compose2helm.compose;

import io.compose2helm.diagnostics.Diagnostics;
import io.compose2helm.diagnostics.InputException;
import io.compose2helm.diagnostics.SourceLocation;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Builds the one node tree a project is read from, as Compose does: each file with its {@code
 * include} and {@code extends} applied, then the files merged in order, then {@code !reset} and
 * {@code !override} settled.
 */
final class ComposeTree {

  private final TreeFiles files;
  private final ExtendsResolver extendsResolver;
  private final IncludeResolver includeResolver;
  private final Deque<String> includeChain = new ArrayDeque<>();

  ComposeTree(Diagnostics diagnostics) {
    this.files = new TreeFiles(diagnostics);
    this.extendsResolver = new ExtendsResolver(files);
    this.includeResolver = new IncludeResolver(files, new IncludedFileReader());
  }

  /** The merged tree of the main files; they are all read with {@code mainScope}. */
  Node read(List<Path> composeFiles, FileScope mainScope) {
    Node merged = null;
    for (Path file : composeFiles) {
      String displayName = file.toString();
      Optional<Node> read = YamlSource.read(file, displayName);
      if (read.isEmpty()) {
        throw new InputException(SourceLocation.ofFile(displayName), "", "the Compose file is empty");
      }
      Node tree = read.get();
      apply(tree, file, displayName, mainScope);
      merged = merged == null ? tree : ComposeMerger.mergeFiles(merged, tree, displayName);
    }
    return ResetTags.strip(merged);
  }

  /** The scopes of the files read besides the main ones, by display name. */
  Map<String, FileScope> scopes() {
    return files.scopes();
  }

  private Node readFile(Path file, String displayName, FileScope scope, SourceLocation referencedAt) {
    if (includeChain.contains(displayName)) {
      throw new InputException(referencedAt, "include",
          "include forms a cycle: " + String.join(" -> ", includeChain) + " -> " + displayName);
    }
    Node tree = files.read(file, displayName, referencedAt, "include");
    includeChain.push(displayName);
    try {
      apply(tree, file, displayName, scope);
    } finally {
      includeChain.pop();
    }
    return tree;
  }

  private void apply(Node tree, Path file, String displayName, FileScope scope) {
    if (tree instanceof MappingNode root) {
      includeResolver.resolve(root, displayName, scope);
      extendsResolver.resolve(root, file, displayName, scope);
    }
  }

  /** Reads the files of included projects through {@link #readFile}. */
  private final class IncludedFileReader implements IncludeResolver.FileReader {
    @Override
    public Node read(Path file, String displayName, FileScope scope, SourceLocation referencedAt) {
      return readFile(file, displayName, scope, referencedAt);
    }
  }
}
