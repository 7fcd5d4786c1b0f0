package io.compose2helm.compose;

import io.compose2helm.compose.env.Interpolator;
import io.compose2helm.diagnostics.Diagnostics;
import io.compose2helm.diagnostics.InputException;
import io.compose2helm.diagnostics.InputLog;
import io.compose2helm.diagnostics.SourceLocation;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * The Compose files read while building one project tree, and the {@link FileScope} each file other
 * than the main ones is read with. {@code include} and {@code extends} read files through here so
 * that later readers resolve paths and variables per file.
 */
final class TreeFiles {

  private final Diagnostics diagnostics;
  private final Map<String, FileScope> scopes = new HashMap<>();

  TreeFiles(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  /** The display name used in messages for a file found at {@code path}. */
  static String displayName(Path path) {
    return path.normalize().toString();
  }

  /** Reads a file; a file with no document is an error at {@code referencedAt}. */
  Node read(Path file, String displayName, SourceLocation referencedAt, String key) {
    if (!InputLog.isRegularFile(file)) {
      throw new InputException(referencedAt, key, "file '" + displayName + "' does not exist");
    }
    Optional<Node> root = YamlSource.read(file, displayName);
    if (root.isEmpty()) {
      throw new InputException(SourceLocation.ofFile(displayName), "", "the Compose file is empty");
    }
    return root.get();
  }

  /** Records that values in {@code displayName} are read with {@code scope}. */
  void register(String displayName, FileScope scope) {
    scopes.putIfAbsent(displayName, scope);
  }

  Map<String, FileScope> scopes() {
    return Map.copyOf(scopes);
  }

  Diagnostics diagnostics() {
    return diagnostics;
  }

  /** A scalar's text with variables replaced, as the file's scope sees them. */
  String interpolated(Node scalar, String fallbackFile, FileScope scope, String path) {
    SourceLocation location = YamlLocations.of(scalar, fallbackFile);
    Optional<String> scalarText = ComposeNodes.text(scalar);
    if (scalarText.isEmpty()) {
      throw new InputException(location, path, "expected a single value");
    }
    String text = scalarText.get();
    if (text.indexOf('$') < 0) {
      return text;
    }
    return new Interpolator(scope.variables()).interpolate(text, location, path, diagnostics);
  }
}
