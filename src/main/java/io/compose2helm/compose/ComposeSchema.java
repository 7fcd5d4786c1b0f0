package io.compose2helm.compose;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The keys the Compose specification allows at each level, read from the bundled JSON schema. We
 * derive them from the schema (not a hand-written list) so that a key the spec defines is never
 * reported as a typo.
 */
final class ComposeSchema {

  private static final String RESOURCE = "compose-spec.json";
  private static final ComposeSchema INSTANCE = load();

  private final JsonNode root;
  private final Map<String, Set<String>> cache = new ConcurrentHashMap<>();

  private ComposeSchema(JsonNode root) {
    this.root = root;
  }

  static ComposeSchema get() {
    return INSTANCE;
  }

  private static ComposeSchema load() {
    try (InputStream in = ComposeSchema.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      return new ComposeSchema(new ObjectMapper().readTree(in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The property names of the first object schema found at a JSON pointer, looking through
   * {@code $ref}, {@code oneOf}/{@code anyOf}, list items and named-entry patterns (so {@code
   * /definitions/service/properties/ports} gives the long-syntax port keys).
   */
  Set<String> keysAt(String pointer) {
    return cache.computeIfAbsent(
        pointer,
        p -> {
          JsonNode start = root.at(p);
          if (start.isMissingNode()) {
            throw new IllegalArgumentException("no schema at " + p);
          }
          Set<String> keys = new LinkedHashSet<>();
          JsonNode object = firstObjectSchema(start, 0);
          if (object != null) {
            object.get("properties").fieldNames().forEachRemaining(keys::add);
          }
          return Set.copyOf(keys);
        });
  }

  private JsonNode firstObjectSchema(JsonNode schema, int depth) {
    if (schema == null || depth > 8) {
      return null;
    }
    if (schema.has("$ref")) {
      return firstObjectSchema(root.at(schema.get("$ref").asText().substring(1)), depth + 1);
    }
    if (schema.has("properties")) {
      return schema;
    }
    for (JsonNode candidate : children(schema)) {
      JsonNode found = firstObjectSchema(candidate, depth + 1);
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  private static List<JsonNode> children(JsonNode schema) {
    List<JsonNode> result = new ArrayList<>();
    for (String combinator : List.of("oneOf", "anyOf", "allOf")) {
      schema.path(combinator).forEach(result::add);
    }
    if (schema.has("items")) {
      result.add(schema.get("items"));
    }
    Iterator<Map.Entry<String, JsonNode>> patterns = schema.path("patternProperties").fields();
    while (patterns.hasNext()) {
      Map.Entry<String, JsonNode> pattern = patterns.next();
      if (!pattern.getKey().equals("^x-")) {
        result.add(pattern.getValue());
      }
    }
    return result;
  }
}
