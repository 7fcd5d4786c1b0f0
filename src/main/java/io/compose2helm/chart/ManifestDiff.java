package io.compose2helm.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * Compares two renderings of a chart object by object: documents are matched by
 * kind/namespace/name, so a diff reads like what {@code kubectl apply} would change.
 */
public final class ManifestDiff {

  private static final Pattern DOCUMENT_SEPARATOR = Pattern.compile("(?m)^---\\s*$");

  /** What happened to one object between the two renderings. */
  public enum Change { CHANGED, ADDED, REMOVED }

  /**
   * One object that differs.
   *
   * @param id {@code Kind/namespace/name}
   * @param lines a unified diff of the object's YAML (the whole object for added or removed ones)
   */
  public record ObjectDiff(String id, Change change, List<String> lines) {}

  /**
   * The objects that differ, sorted by id.
   *
   * @param defaultNamespace the namespace of objects whose metadata names none (the release's)
   */
  public List<ObjectDiff> compare(String before, String after, String defaultNamespace) {
    Map<String, String> old = objectsById(before, defaultNamespace);
    Map<String, String> current = objectsById(after, defaultNamespace);
    TreeMap<String, Boolean> ids = new TreeMap<>();
    for (String id : old.keySet()) {
      ids.put(id, true);
    }
    for (String id : current.keySet()) {
      ids.put(id, true);
    }
    List<ObjectDiff> diffs = new ArrayList<>();
    for (String id : ids.keySet()) {
      String was = old.get(id);
      String is = current.get(id);
      List<String> lines = UnifiedDiff.of(id, was, id, is);
      if (lines.isEmpty()) {
        continue;
      }
      Change change = was == null ? Change.ADDED : is == null ? Change.REMOVED : Change.CHANGED;
      diffs.add(new ObjectDiff(id, change, lines.subList(2, lines.size()))); // the ---/+++ lines repeat the id
    }
    return diffs;
  }

  /** Each YAML document of a rendering by object id; comments (Helm's "# Source:") are dropped. */
  Map<String, String> objectsById(String manifests, String defaultNamespace) {
    Map<String, String> objects = new TreeMap<>();
    if (manifests == null) {
      return objects;
    }
    Load load = new Load(LoadSettings.builder().build());
    for (String document : DOCUMENT_SEPARATOR.split(manifests)) {
      Object data = load.loadFromString(document);
      if (data instanceof Map<?, ?> object && object.get("kind") != null) {
        objects.put(idOf(object, defaultNamespace), withoutCommentLines(document));
      }
    }
    return objects;
  }

  private static String idOf(Map<?, ?> object, String defaultNamespace) {
    Map<?, ?> metadata = object.get("metadata") instanceof Map<?, ?> m ? m : Map.of();
    Object namespace = metadata.get("namespace");
    return object.get("kind") + "/" + (namespace != null ? namespace : defaultNamespace) + "/" + metadata.get("name");
  }

  private static String withoutCommentLines(String document) {
    StringBuilder out = new StringBuilder();
    for (String line : document.strip().split("\n")) {
      if (!line.startsWith("#")) {
        out.append(line).append('\n');
      }
    }
    return out.toString();
  }
}
