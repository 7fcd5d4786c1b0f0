package io.compose2helm.compose;

import io.compose2helm.diagnostics.InputException;
import io.compose2helm.diagnostics.SourceLocation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Reads one Compose file into a snakeyaml node tree. We keep the node tree (instead of plain Java
 * maps) because every node carries its line and column, which every later message needs.
 */
final class YamlSource {

  private YamlSource() {}

  /**
   * @param displayName the file name used in messages (as the user gave it); it is also the label
   *     of every mark in the tree
   * @return the root node, or empty when the file holds no document
   */
  static Optional<Node> read(Path file, String displayName) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new InputException(
          SourceLocation.ofFile(displayName), "", "cannot read the Compose file: " + e.getMessage());
    }
    return parse(text, displayName);
  }

  static Optional<Node> parse(String text, String displayName) {
    // The core schema matches YAML 1.2 as Compose (go-yaml v3) reads it: yes/no stay strings.
    LoadSettings settings =
        LoadSettings.builder().setLabel(displayName).setSchema(new CoreSchema()).build();
    try {
      return new Compose(settings).composeString(text);
    } catch (MarkedYamlEngineException e) {
      SourceLocation where =
          YamlLocations.of(
              e.getProblemMark().isPresent() ? e.getProblemMark() : e.getContextMark(), displayName);
      String problem = e.getProblem() == null ? "invalid YAML" : e.getProblem();
      String context = e.getContext() == null ? "" : " (" + e.getContext() + ")";
      throw new InputException(where, "", "invalid YAML: " + problem + context);
    } catch (YamlEngineException e) {
      throw new InputException(SourceLocation.ofFile(displayName), "", "invalid YAML: " + e.getMessage());
    }
  }
}
