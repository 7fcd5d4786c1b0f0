package io.compose2helm.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.compose2helm.diagnostics.InputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

class ParsedAheadTest {

  private static final String COMPOSE = """
      services:
        api:
          image: ghcr.io/acme/api:1.4   # a comment
          ports: ["8080:80"]
          environment: &env
            NODE_ENV: production
        worker:
          image: ghcr.io/acme/worker:1.4
          environment: *env
      """;

  @TempDir Path dir;

  @Test
  void take_theTextParsedAhead_isTheTreeItWouldParse() throws IOException {
    Path file = write("docker-compose.yml", COMPOSE);
    ParsedAhead.start(file);
    Optional<Node> ahead = ParsedAhead.take(COMPOSE, file.toString());
    assertTrue(ahead.isPresent());
    assertEquals(describe(YamlSource.parseNow(COMPOSE, file.toString()).orElseThrow()), describe(ahead.get()));
  }

  @Test
  void take_secondTime_isEmpty() throws IOException {
    Path file = write("docker-compose.yml", COMPOSE);
    ParsedAhead.start(file);
    assertTrue(ParsedAhead.take(COMPOSE, file.toString()).isPresent());
    assertEquals(Optional.empty(), ParsedAhead.take(COMPOSE, file.toString()));
  }

  @Test
  void take_fileChangedSince_isEmpty() throws IOException {
    Path file = write("docker-compose.yml", COMPOSE);
    ParsedAhead.start(file);
    String edited = COMPOSE.replace("production", "development");
    assertEquals(Optional.empty(), ParsedAhead.take(edited, file.toString()));
  }

  @Test
  void take_anotherFile_isEmptyAndDropsTheParse() throws IOException {
    Path file = write("docker-compose.yml", COMPOSE);
    ParsedAhead.start(file);
    assertEquals(Optional.empty(), ParsedAhead.take(COMPOSE, "compose.override.yml"));
    assertEquals(Optional.empty(), ParsedAhead.take(COMPOSE, file.toString()));
  }

  @Test
  void take_nothingStarted_isEmpty() {
    assertEquals(Optional.empty(), ParsedAhead.take(COMPOSE, "docker-compose.yml"));
  }

  @Test
  void take_missingFile_isEmpty() {
    Path file = dir.resolve("compose.yaml");
    ParsedAhead.start(file);
    assertEquals(Optional.empty(), ParsedAhead.take(COMPOSE, file.toString()));
  }

  @Test
  void parse_invalidYamlParsedAhead_reportsItWhereItIs() throws IOException {
    String invalid = "services:\n  api:\n    image: [nginx\n";
    Path file = write("docker-compose.yml", invalid);
    ParsedAhead.start(file);
    InputException ahead = assertThrows(InputException.class, () -> YamlSource.parse(invalid, file.toString()));
    InputException now = assertThrows(InputException.class, () -> YamlSource.parseNow(invalid, file.toString()));
    assertEquals(now.getMessage(), ahead.getMessage());
    assertTrue(ahead.getMessage().startsWith(file + ":4:1: error: invalid YAML"), ahead.getMessage());
  }

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text);
    return file;
  }

  /** Every node's kind, tag, value and marks, in document order. */
  private static String describe(Node node) {
    StringBuilder out = new StringBuilder();
    describe(node, out);
    return out.toString();
  }

  private static void describe(Node node, StringBuilder out) {
    out.append(node.getNodeType()).append(' ').append(node.getTag()).append(' ')
        .append(node.getStartMark().map(Object::toString).orElse("-")).append(' ')
        .append(node.getEndMark().map(Object::toString).orElse("-"));
    if (node instanceof ScalarNode scalar) {
      out.append(" '").append(scalar.getValue()).append("'\n");
    } else if (node instanceof SequenceNode sequence) {
      out.append(" [\n");
      sequence.getValue().forEach(item -> describe(item, out));
      out.append("]\n");
    } else if (node instanceof MappingNode mapping) {
      out.append(" {\n");
      for (NodeTuple tuple : mapping.getValue()) {
        describe(tuple.getKeyNode(), out);
        describe(tuple.getValueNode(), out);
      }
      out.append("}\n");
    }
  }
}
