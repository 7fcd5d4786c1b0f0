package io.compose2helm.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The documentation of values.yaml in the metadata format of Bitnami's readme-generator-for-helm:
 * {@code ## @section Title}, {@code ## @param full.path Description} for every leaf and
 * {@code ## @extra full.path Description} for a described map or list. The descriptions are the
 * comments of {@link CommentedMap}; {@link YamlWriter} writes the lines above their keys and
 * {@link ChartReadme} makes the Parameters tables from the same entries.
 *
 * <p>Leaves follow the generator's reading (dot-object paths): a scalar, an empty map or list, or a
 * list of strings only; any other list is entered with {@code [index]} paths, whose lines are
 * written above the list's key.
 */
public final class ValuesDocs {

  // Patterns compiled once: String.matches, split and replaceAll compile theirs at every call.
  private static final Pattern LINE_BREAK = Pattern.compile("\\s*\n\\s*");

  /** What a metadata line declares. */
  public enum Kind {
    SECTION("@section"),
    PARAM("@param"),
    EXTRA("@extra"),
    /** Not a line: where the entries below a key given on its own go ({@link #of(Map, String, Set)}). */
    GIVEN("");

    final String tag;

    Kind(String tag) {
      this.tag = tag;
    }
  }

  /** One metadata line; for a section {@code path} is its title and the description empty. */
  public record Entry(Kind kind, String path, String description, Object value) {

    /** The comment text, without the leading {@code ##}. */
    public String line() {
      String head = kind.tag + " " + path;
      return description.isEmpty() ? head : head + " " + description;
    }
  }

  private ValuesDocs() {}

  /** Every entry of {@code values}, in the order of the file. */
  public static List<Entry> of(Map<?, ?> values) {
    List<Entry> entries = new ArrayList<>();
    walk(values, "", entries, Given.NONE);
    return entries;
  }

  /**
   * Every entry of {@code values}, in the order of the file, except that the entries below each key of
   * {@code given} in the map at {@code parent} are one {@link Kind#GIVEN} entry with the key's path:
   * {@link #below} gives them.
   */
  static List<Entry> of(Map<?, ?> values, String parent, Set<String> given) {
    List<Entry> entries = new ArrayList<>();
    walk(values, "", entries, new Given(parent, given));
    return entries;
  }

  /** The entries below the key at {@code path} whose value is {@code value}: what {@link #of} has after the key's own. */
  static List<Entry> below(String path, Object value) {
    List<Entry> entries = new ArrayList<>();
    enter(path, value, entries, Given.NONE);
    return entries;
  }

  /** The keys of one map whose entries are given on their own. */
  private record Given(String parent, Set<String> keys) {
    static final Given NONE = new Given("", Set.of());
  }

  /**
   * The entries written above {@code key} of {@code map} at {@code path}: the section it opens, its
   * {@code @param} (a leaf) or {@code @extra} (a described map or list), and when it holds a list
   * the generator enters, the entries of its items.
   */
  static List<Entry> at(Map<?, ?> map, String key, String path, Object value) {
    List<Entry> entries = new ArrayList<>();
    String description = "";
    if (map instanceof CommentedMap commented) {
      if (commented.sectionAt(key) != null) {
        entries.add(new Entry(Kind.SECTION, commented.sectionAt(key), "", null));
      }
      description = oneLine(commented.commentFor(key));
    }
    if (isLeaf(value)) {
      entries.add(new Entry(Kind.PARAM, path, description, value));
      return entries;
    }
    if (!description.isEmpty()) {
      entries.add(new Entry(Kind.EXTRA, path, description, null));
    }
    if (value instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        item(path + "[" + i + "]", list.get(i), description, entries);
      }
    }
    return entries;
  }

  /** What the generator takes for one value, rather than a tree to enter. */
  static boolean isLeaf(Object value) {
    if (value instanceof Map<?, ?> map) {
      return map.isEmpty();
    }
    if (value instanceof List<?> list) {
      for (Object item : list) {
        if (!(item instanceof String)) {
          return false;
        }
      }
    }
    return true;
  }

  static String child(String path, String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  /** The generator reads one line per tag, so a comment of several lines is joined. */
  private static String oneLine(String comment) {
    if (comment == null) {
      return "";
    }
    String stripped = comment.strip();
    // Most comments are one line already; the split would only copy them.
    return stripped.indexOf('\n') < 0 ? stripped : String.join(" ", LINE_BREAK.split(stripped));
  }

  private static void walk(Map<?, ?> map, String prefix, List<Entry> entries, Given given) {
    boolean givenHere = prefix.equals(given.parent());
    for (Map.Entry<?, ?> entry : map.entrySet()) {
      String key = String.valueOf(entry.getKey());
      String path = child(prefix, key);
      entries.addAll(at(map, key, path, entry.getValue()));
      if (givenHere && given.keys().contains(key)) {
        entries.add(new Entry(Kind.GIVEN, path, "", null));
      } else {
        enter(path, entry.getValue(), entries, given);
      }
    }
  }

  private static void enter(String path, Object value, List<Entry> entries, Given given) {
    if (!isLeaf(value) && value instanceof Map<?, ?> map) {
      walk(map, path, entries, given);
    }
  }

  /** A list item's entries, written above the list's key: a comment inside an item would follow its "- ". */
  private static void item(String path, Object item, String listDescription, List<Entry> entries) {
    if (isLeaf(item)) {
      entries.add(new Entry(Kind.PARAM, path, listDescription, item));
    } else if (item instanceof Map<?, ?> map) {
      walk(map, path, entries, Given.NONE);
    } else if (item instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        item(path + "[" + i + "]", list.get(i), listDescription, entries);
      }
    }
  }
}
