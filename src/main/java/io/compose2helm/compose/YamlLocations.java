package io.compose2helm.compose;

import io.compose2helm.diagnostics.SourceLocation;
import java.util.Optional;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.Node;

/** Turns snakeyaml marks (0-based, labelled with the file's display name) into source locations. */
final class YamlLocations {

  private YamlLocations() {}

  static SourceLocation of(Node node, String fallbackFile) {
    return of(node.getStartMark(), fallbackFile);
  }

  static SourceLocation of(Optional<Mark> mark, String fallbackFile) {
    if (mark.isEmpty()) {
      return SourceLocation.ofFile(fallbackFile);
    }
    Mark start = mark.get();
    return new SourceLocation(start.getName(), start.getLine() + 1, start.getColumn() + 1);
  }
}
