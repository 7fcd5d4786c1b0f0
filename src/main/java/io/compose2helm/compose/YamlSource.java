package io.compose2helm.compose;

import io.compose2helm.diagnostics.InputException;
import io.compose2helm.diagnostics.SourceLocation;
import io.compose2helm.diagnostics.TextFiles;
import java.nio.file.Path;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.ReaderException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;

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
    return parse(TextFiles.read(file, displayName, "the Compose file"), displayName);
  }

  static Optional<Node> parse(String text, String displayName) {
    Optional<Node> ahead = ParsedAhead.take(text, displayName);
    return ahead.isPresent() ? ahead : parseNow(text, displayName);
  }

  /** Parses {@code text} on this thread. */
  static Optional<Node> parseNow(String text, String displayName) {
    // The core schema matches YAML 1.2 as Compose (go-yaml v3) reads it: yes/no stay strings.
    // Any number of aliases, as in Compose; YamlLimits bounds what they expand to instead.
    LoadSettings settings = LoadSettings.builder()
        .setLabel(displayName)
        .setSchema(new ComposeYamlSchema())
        .setMaxAliasesForCollections(Integer.MAX_VALUE)
        .build();
    try {
      // One pass: the composer takes its events through the limits' check.
      return new Composer(settings, YamlLimits.checking(text, settings, displayName)).getSingleNode();
    } catch (MarkedYamlEngineException e) {
      SourceLocation where =
          YamlLocations.of(
              e.getProblemMark().isPresent() ? e.getProblemMark() : e.getContextMark(), displayName);
      String problem = e.getProblem() == null ? "invalid YAML" : e.getProblem();
      String context = e.getContext() == null ? "" : " (" + e.getContext() + ")";
      throw new InputException(where, "", "invalid YAML: " + problem + context);
    } catch (ReaderException e) {
      // A character YAML does not allow (NUL, most control characters); the message names it, not the text.
      throw new InputException(TextFiles.locate(text, e.getPosition(), displayName), "",
          String.format("invalid YAML: character U+%04X is not allowed in YAML", e.getCodePoint()));
    } catch (YamlEngineException e) {
      throw new InputException(SourceLocation.ofFile(displayName), "", "invalid YAML: " + e.getMessage());
    }
  }
}
