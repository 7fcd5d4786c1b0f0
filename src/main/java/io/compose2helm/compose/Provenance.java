package io.compose2helm.compose;

import io.compose2helm.compose.env.Interpolator;
import io.compose2helm.diagnostics.SourceLocation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.function.Function;
import java.util.TreeMap;

/**
 * Where the model's values came from: the Compose text of every value as written, and for each key
 * the variables interpolated into it. The model holds interpolated values only, so this is how a
 * consumer tells {@code image: app:${TAG}} from {@code image: app:1.2}.
 */
public final class Provenance {

  /** For models built without reading files (tests). */
  public static final Provenance NONE = new Provenance();

  private final Set<String> rawTexts = new HashSet<>();
  // Answers of writtenLiterally, which the rules ask for each secret of each service: without them a
  // project's every raw value was searched again per service, quadratic in the services.
  private final Map<String, Boolean> writtenLiterally = new HashMap<>();
  private final Map<String, Set<String>> variablesByPath = new LinkedHashMap<>();
  // The paths of variablesByPath sorted, with their order of appearance: a path's subtree is one
  // range of it, so a per-service question does not scan every service's paths.
  private final NavigableMap<String, Integer> appearanceByPath = new TreeMap<>();
  private final Map<String, SourceLocation> locations = new HashMap<>();
  private final Map<String, SourceLocation> keyLocations = new HashMap<>();
  private final Map<String, String> usedValues = new LinkedHashMap<>();

  /** @param lookup the variables as the file holding the value sees them */
  void record(String path, String raw, SourceLocation location, Function<String, String> lookup) {
    if (raw == null || this == NONE) {
      return;
    }
    if (rawTexts.add(raw)) {
      writtenLiterally.clear();
    }
    if (raw.indexOf('$') >= 0) {
      Set<String> names = Interpolator.referencedVariables(raw);
      if (!names.isEmpty()) {
        variablesAt(path).addAll(names);
        locations.putIfAbsent(path, location);
        for (String name : names) {
          String value = lookup.apply(name);
          if (value != null) {
            usedValues.putIfAbsent(name, value);
          }
        }
      }
    }
  }

  private Set<String> variablesAt(String path) {
    Set<String> names = variablesByPath.get(path);
    if (names == null) {
      appearanceByPath.put(path, appearanceByPath.size());
      names = new LinkedHashSet<>();
      variablesByPath.put(path, names);
    }
    return names;
  }

  /**
   * The value of every variable interpolation used, by name (the first seen when files differ):
   * besides the env files', those of the process environment and of included projects' env files.
   */
  public Map<String, String> usedValues() {
    return Collections.unmodifiableMap(usedValues);
  }

  /**
   * The variables interpolated into the value at {@code keyPath} or anything below it ({@code
   * services.web.labels} covers every label), in order of appearance.
   */
  public Set<String> variablesUnder(String keyPath) {
    Set<String> names = new LinkedHashSet<>();
    for (String path : pathsAtOrBelow(keyPath)) {
      names.addAll(variablesByPath.get(path));
    }
    return Collections.unmodifiableSet(names);
  }

  /** For each key at or below {@code keyPath} that interpolated variables, those variables. */
  public Map<String, Set<String>> usesUnder(String keyPath) {
    Map<String, Set<String>> uses = new LinkedHashMap<>();
    for (String path : pathsAtOrBelow(keyPath)) {
      uses.put(path, Collections.unmodifiableSet(variablesByPath.get(path)));
    }
    return uses;
  }

  /** Remembers where a key is written, for messages about keys the model keeps as plain data. */
  void recordKey(String path, SourceLocation location) {
    if (this != NONE) {
      keyLocations.putIfAbsent(path, location);
    }
  }

  /** Where the key {@code path} is written (top-level {@code x-} extensions), or null. */
  public SourceLocation keyLocationOf(String path) {
    return keyLocations.get(path);
  }

  /** The recorded paths at or below {@code keyPath}, in order of appearance. */
  private List<String> pathsAtOrBelow(String keyPath) {
    if (keyPath.isEmpty()) {
      return new ArrayList<>(variablesByPath.keySet());
    }
    // Every path below keyPath starts with it, so all follow keyPath in the sorted map, one after
    // the other. Stepping entry by entry (not a sub-map's view, nor a bound string built per
    // question) matters at a thousand services, which ask four each; most find one path or none.
    List<String> found = new ArrayList<>();
    for (Map.Entry<String, Integer> entry = appearanceByPath.ceilingEntry(keyPath);
        entry != null && entry.getKey().startsWith(keyPath); entry = appearanceByPath.higherEntry(entry.getKey())) {
      if (isAtOrBelow(entry.getKey(), keyPath)) {
        found.add(entry.getKey());
      }
    }
    if (found.size() > 1) {
      found.sort(new ByAppearance());
    }
    return found;
  }

  /** Recorded paths in the order they first appeared (each has its own place). */
  private final class ByAppearance implements Comparator<String> {
    @Override
    public int compare(String a, String b) {
      return Integer.compare(appearanceByPath.get(a), appearanceByPath.get(b));
    }
  }

  /** Where the value at {@code path} that interpolated variables is written, or null. */
  public SourceLocation locationOf(String path) {
    return locations.get(path);
  }

  /** Whether {@code path} is {@code keyPath} or a key or item below it; every path is below "". */
  public static boolean isAtOrBelow(String path, String keyPath) {
    if (keyPath.isEmpty()) {
      return true;
    }
    if (!path.startsWith(keyPath)) {
      return false;
    }
    // Without building keyPath + "." and keyPath + "[" at every call.
    return path.length() == keyPath.length() || path.charAt(keyPath.length()) == '.' || path.charAt(keyPath.length()) == '[';
  }

  /** Whether the text appears in a value as the Compose files write it, before interpolation. */
  public boolean writtenLiterally(String text) {
    if (this == NONE) {
      return false; // shared by every model built without files: nothing is written, nothing memoized
    }
    Boolean known = writtenLiterally.get(text);
    if (known == null) {
      known = appearsInRawText(text);
      writtenLiterally.put(text, known);
    }
    return known;
  }

  private boolean appearsInRawText(String text) {
    for (String raw : rawTexts) {
      if (raw.contains(text)) {
        return true;
      }
    }
    return false;
  }
}
