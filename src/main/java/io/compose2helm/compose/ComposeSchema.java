package io.compose2helm.compose;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The keys the Compose specification allows at each level, read from the bundled JSON schema. We
 * derive them from the schema (not a hand-written list) so that a key the spec defines is never
 * reported as a typo. jackson-core's streaming parser (the chart's JSON writer already loads its
 * library; no object mapper) reads the 75 KB in about half the time the YAML parser took.
 */
final class ComposeSchema {

  private static final String RESOURCE = "compose-spec.json";
  private static final ComposeSchema INSTANCE = load();

  private final Object root;
  private final Map<String, Set<String>> cache = new ConcurrentHashMap<>();

  private ComposeSchema(Object root) {
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
      try (JsonParser parser = new JsonFactory().createParser(in)) {
        parser.nextToken();
        return new ComposeSchema(read(parser));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The JSON value at the parser's current token, as maps, lists, strings, numbers and booleans. */
  private static Object read(JsonParser parser) throws IOException {
    switch (parser.currentToken()) {
      case START_OBJECT -> {
        Map<String, Object> object = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String name = parser.currentName();
          parser.nextToken();
          object.put(name, read(parser));
        }
        return object;
      }
      case START_ARRAY -> {
        List<Object> array = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          array.add(read(parser));
        }
        return array;
      }
      case VALUE_STRING -> {
        return parser.getText();
      }
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
        return parser.getNumberValue();
      }
      case VALUE_TRUE, VALUE_FALSE -> {
        return parser.getBooleanValue();
      }
      default -> {
        return null;
      }
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
          Object start = at(p);
          if (start == null) {
            throw new IllegalArgumentException("no schema at " + p);
          }
          Set<String> keys = new LinkedHashSet<>();
          Map<?, ?> object = firstObjectSchema(start, 0);
          if (object != null) {
            ((Map<?, ?>) object.get("properties")).keySet().forEach(key -> keys.add((String) key));
          }
          return Set.copyOf(keys);
        });
  }

  /** The node at a JSON pointer (RFC 6901), or null. */
  private Object at(String pointer) {
    Object node = root;
    if (pointer.isEmpty()) {
      return node;
    }
    for (String token : pointer.substring(1).split("/", -1)) {
      String name = token.replace("~1", "/").replace("~0", "~");
      if (node instanceof Map<?, ?> map) {
        node = map.get(name);
      } else if (node instanceof List<?> list && name.matches("\\d+") && Integer.parseInt(name) < list.size()) {
        node = list.get(Integer.parseInt(name));
      } else {
        return null;
      }
    }
    return node;
  }

  private Map<?, ?> firstObjectSchema(Object node, int depth) {
    if (!(node instanceof Map<?, ?> schema) || depth > 8) {
      return null;
    }
    if (schema.get("$ref") instanceof String ref) {
      return firstObjectSchema(at(ref.substring(1)), depth + 1);
    }
    if (schema.containsKey("properties")) {
      return schema;
    }
    for (Object candidate : children(schema)) {
      Map<?, ?> found = firstObjectSchema(candidate, depth + 1);
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  private static List<Object> children(Map<?, ?> schema) {
    List<Object> result = new ArrayList<>();
    for (String combinator : List.of("oneOf", "anyOf", "allOf")) {
      if (schema.get(combinator) instanceof List<?> alternatives) {
        result.addAll(alternatives);
      }
    }
    if (schema.containsKey("items")) {
      result.add(schema.get("items"));
    }
    if (schema.get("patternProperties") instanceof Map<?, ?> patterns) {
      patterns.forEach((pattern, value) -> {
        if (!pattern.equals("^x-")) {
          result.add(value);
        }
      });
    }
    return result;
  }
}
