package io.compose2helm.chart;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An ordered mapping whose keys may carry a comment; {@link YamlWriter} writes the comment on the
 * lines above the key. Values are plain data: strings, numbers, booleans, lists and maps.
 */
public final class CommentedMap extends LinkedHashMap<String, Object> {

  private final Map<String, String> comments = new LinkedHashMap<>();

  /** Adds a key with a comment (one or more lines) written above it. */
  public CommentedMap put(String key, Object value, String comment) {
    put(key, value);
    comments.put(key, comment);
    return this;
  }

  /** Adds a key and returns this map, for building nested data in one expression. */
  public CommentedMap with(String key, Object value) {
    put(key, value);
    return this;
  }

  /** Adds every entry of {@code entries}, in their order, and returns this map. */
  public CommentedMap withAll(Map<String, ?> entries) {
    putAll(entries);
    return this;
  }

  public String commentFor(String key) {
    return comments.get(key);
  }

  @Override
  public boolean equals(Object o) {
    return super.equals(o);
  }

  @Override
  public int hashCode() {
    return super.hashCode();
  }
}
