package io.compose2helm.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * Checks a values.yaml the way Bitnami's readme-generator-for-helm (2.7.2) does before it writes a
 * README, and stricter: the {@code ## @param}, {@code @section}, {@code @skip} and {@code @extra}
 * lines read with the tool's patterns, the keys with its reading (dot-object paths: scalars, empty
 * maps and lists, and lists of strings only are leaves; other lists are entered as {@code a[0].b}),
 * then every leaf has exactly one {@code @param} with a description, every {@code @param} names a
 * leaf, in the order of the file, after a {@code @section}. A {@code @param} with a modifier
 * ({@code [object]}, {@code [array]}...) or a {@code @skip} covers everything under its path, as in
 * the tool; an {@code @extra} must name a map or list that exists.
 */
public final class ValuesDocsCheck {

  private static final Pattern PARAM = Pattern.compile("^\\s*##\\s*@param\\s*(\\S+)\\s*(\\[.*?\\])?\\s*(.*)$");
  private static final Pattern SECTION = Pattern.compile("^\\s*##\\s*@section\\s*(.*)$");
  private static final Pattern SKIP = Pattern.compile("^\\s*##\\s*@skip\\s*(\\S+)\\s*(.*)$");
  private static final Pattern EXTRA = Pattern.compile("^\\s*##\\s*@extra\\s*(\\S+)\\s*(\\[.*?\\])?\\s*(.*)$");
  private static final Set<String> MODIFIERS = Set.of("array", "object", "string", "nullable");

  private ValuesDocsCheck() {}

  /** Fails with every problem of {@code valuesFile}, one a line. */
  public static void assertDocumented(Path valuesFile) {
    List<String> problems;
    try {
      problems = problems(Files.readString(valuesFile));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (!problems.isEmpty()) {
      throw new AssertionError(valuesFile + " does not document its keys as readme-generator-for-helm reads them:\n  "
          + String.join("\n  ", problems));
    }
  }

  /** The problems of a values.yaml text; empty when it is documented. */
  public static List<String> problems(String text) {
    List<String> problems = new ArrayList<>();
    List<String> params = new ArrayList<>();
    Set<String> covered = new LinkedHashSet<>();
    Set<String> extras = new LinkedHashSet<>();
    boolean inSection = false;
    String[] lines = text.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String where = "line " + (i + 1) + ": ";
      Matcher param = PARAM.matcher(lines[i]);
      Matcher extra = EXTRA.matcher(lines[i]);
      Matcher skip = SKIP.matcher(lines[i]);
      if (SECTION.matcher(lines[i]).matches()) {
        inSection = true;
      } else if (param.matches()) {
        String name = param.group(1);
        if (!inSection) {
          problems.add(where + "@param " + name + " comes before any @section");
        }
        if (param.group(3).isBlank()) {
          problems.add(where + "@param " + name + " has no description");
        }
        if (param.group(2) != null) {
          checkModifiers(where, name, param.group(2), problems);
          covered.add(withoutIndex(name));
        } else if (params.contains(name)) {
          problems.add(where + "a second @param for " + name);
        } else {
          params.add(name);
        }
      } else if (extra.matches()) {
        extras.add(extra.group(1));
        if (extra.group(3).isBlank()) {
          problems.add(where + "@extra " + extra.group(1) + " has no description");
        }
      } else if (skip.matches()) {
        covered.add(skip.group(1));
      }
    }
    Object values = new Load(LoadSettings.builder().build()).loadFromString(text);
    List<String> leaves = new ArrayList<>();
    Set<String> branches = new HashSet<>();
    if (values instanceof Map<?, ?> map) {
      leaves(map, "", leaves, branches);
    }
    List<String> checkedLeaves = leaves.stream().filter(leaf -> !isCovered(leaf, covered)).toList();
    checkedLeaves.stream().filter(leaf -> !params.contains(leaf))
        .forEach(leaf -> problems.add("missing metadata for key: " + leaf));
    params.stream().filter(name -> !checkedLeaves.contains(name))
        .forEach(name -> problems.add("metadata for a key that does not exist: " + name));
    extras.stream().filter(name -> !branches.contains(name))
        .forEach(name -> problems.add("@extra for a map or list that does not exist: " + name));
    List<String> documentedOrder = params.stream().filter(checkedLeaves::contains).toList();
    List<String> keyOrder = checkedLeaves.stream().filter(params::contains).toList();
    if (!documentedOrder.equals(keyOrder)) {
      for (int i = 0; i < keyOrder.size(); i++) {
        if (!keyOrder.get(i).equals(documentedOrder.get(i))) {
          problems.add("@param lines out of the keys' order: " + documentedOrder.get(i) + " where " + keyOrder.get(i) + " is");
          break;
        }
      }
    }
    return problems;
  }

  private static void checkModifiers(String where, String name, String modifiers, List<String> problems) {
    for (String modifier : modifiers.substring(1, modifiers.length() - 1).split(",")) {
      String trimmed = modifier.trim();
      if (!trimmed.isEmpty() && !MODIFIERS.contains(trimmed) && !trimmed.startsWith("default:")) {
        problems.add(where + "unknown modifier " + trimmed + " for " + name);
      }
    }
  }

  /** The tool strips a trailing index from a modified parameter: someArray[0] covers someArray. */
  private static String withoutIndex(String name) {
    int bracket = name.lastIndexOf('[');
    return bracket < 0 ? name : name.substring(0, bracket);
  }

  private static boolean isCovered(String leaf, Set<String> covered) {
    return covered.stream().anyMatch(prefix ->
        leaf.equals(prefix) || leaf.startsWith(prefix + ".") || leaf.startsWith(prefix + "["));
  }

  private static void leaves(Object value, String path, List<String> leaves, Set<String> branches) {
    if (value instanceof Map<?, ?> map && !map.isEmpty()) {
      if (!path.isEmpty()) {
        branches.add(path);
      }
      map.forEach((key, child) -> leaves(child, path.isEmpty() ? String.valueOf(key) : path + "." + key, leaves, branches));
    } else if (value instanceof List<?> list && !list.isEmpty() && !list.stream().allMatch(item -> item instanceof String)) {
      branches.add(path);
      for (int i = 0; i < list.size(); i++) {
        leaves(list.get(i), path + "[" + i + "]", leaves, branches);
      }
    } else {
      leaves.add(path);
    }
  }
}
