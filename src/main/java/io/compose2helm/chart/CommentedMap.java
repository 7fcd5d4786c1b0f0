package io.compose2helm.chart;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * An ordered mapping whose keys may carry a comment: the key's description. {@link YamlWriter}
 * writes it above the key, in values.yaml as a {@code ## @param} line ({@link ValuesDocs}). Values
 * are plain data: strings, numbers, booleans, lists and maps.
 */
public final class CommentedMap extends LinkedHashMap<String, Object> {

  private final Map<String, String> comments = new LinkedHashMap<>();
  private final Map<String, String> sections = new LinkedHashMap<>();
  private Function<String, String> entryDescription;

  /** Adds a key with a comment that opens a section of the documentation (a {@code ## @section} heading). */
  public CommentedMap section(String title, String key, Object value, String comment) {
    sections.put(key, title);
    return put(key, value, comment);
  }

  /**
   * Describes the keys that carry no comment of their own, for maps whose keys come from the input
   * (variables, annotations): {@code describe} gets the key.
   */
  public CommentedMap describingEntries(Function<String, String> describe) {
    entryDescription = describe;
    return this;
  }

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
    String comment = comments.get(key);
    return comment == null && entryDescription != null && containsKey(key) ? entryDescription.apply(key) : comment;
  }

  /** The title of the section {@code key} opens, or null. */
  public String sectionAt(String key) {
    return sections.get(key);
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
