package io.compose2helm.fuzz;

import io.compose2helm.fuzz.FuzzCase.Expect;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One change to the fuzz project's Compose file: keys set on service {@code app}, top-level keys and
 * further services (values in YAML flow style), extra files and .env lines, and what Compose makes
 * of it. Mutations
 * with disjoint keys combine into one project.
 */
record Mutation(
    String label,
    Map<String, String> appKeys,
    Map<String, String> topLevel,
    Map<String, String> services,
    Map<String, String> files,
    List<String> envLines,
    Expect expect,
    List<String> mentions) {

  static Mutation app(String label, String key, String value, Expect expect) {
    return new Mutation(label, Map.of(key, value), Map.of(), Map.of(), Map.of(), List.of(), expect, List.of());
  }

  static Mutation service(String label, String name, String definition, Expect expect) {
    return new Mutation(label, Map.of(), Map.of(), Map.of(name, definition), Map.of(), List.of(), expect, List.of());
  }

  Mutation withTop(String key, String value) {
    Map<String, String> top = new LinkedHashMap<>(topLevel);
    top.put(key, value);
    return new Mutation(label, appKeys, Map.copyOf(top), services, files, envLines, expect, mentions);
  }

  Mutation withApp(String key, String value) {
    Map<String, String> keys = new LinkedHashMap<>(appKeys);
    keys.put(key, value);
    return new Mutation(label, Map.copyOf(keys), topLevel, services, files, envLines, expect, mentions);
  }

  Mutation withFile(String path, String content) {
    Map<String, String> all = new LinkedHashMap<>(files);
    all.put(path, content);
    return new Mutation(label, appKeys, topLevel, services, Map.copyOf(all), envLines, expect, mentions);
  }

  Mutation withEnvLines(String... lines) {
    return new Mutation(label, appKeys, topLevel, services, files, List.of(lines), expect, mentions);
  }

  Mutation mentioning(String... texts) {
    return new Mutation(label, appKeys, topLevel, services, files, envLines, expect, List.of(texts));
  }

  /** True when both can be applied to one project without one overwriting the other. */
  boolean disjointFrom(Mutation other) {
    return appKeys.keySet().stream().noneMatch(other.appKeys::containsKey)
        && topLevel.keySet().stream().noneMatch(other.topLevel::containsKey)
        && services.keySet().stream().noneMatch(other.services::containsKey)
        && files.keySet().stream().noneMatch(other.files::containsKey)
        && (envLines.isEmpty() || other.envLines.isEmpty());
  }
}
