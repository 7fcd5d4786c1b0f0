package io.compose2helm.fuzz;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The project every secret and value case mutates: service {@code app} (a published API that reads
 * REDIS_PASSWORD properly) and service {@code cache}. The same project, unmutated, is the valid
 * chart each case starts from.
 */
final class FuzzProject {

  private static final Map<String, String> APP = ordered(
      "image", "ghcr.io/acme/app:1.0",
      "ports", "[\"8080:8080\"]",
      "environment", "{REDIS_PASSWORD: \"${REDIS_PASSWORD}\", LOG_LEVEL: info}");

  private static final String CACHE = "  cache:\n    image: redis:7.2\n    command: [\"redis-server\", \"--requirepass\", \"${REDIS_PASSWORD}\"]\n";

  private FuzzProject() {}

  /** The Compose text with every mutation applied, in order. */
  static String compose(List<Mutation> mutations) {
    Map<String, String> app = new LinkedHashMap<>(APP);
    Map<String, String> top = new LinkedHashMap<>();
    Map<String, String> services = new LinkedHashMap<>();
    for (Mutation mutation : mutations) {
      app.putAll(mutation.appKeys());
      top.putAll(mutation.topLevel());
      services.putAll(mutation.services());
    }
    StringBuilder text = new StringBuilder("name: fuzz\nservices:\n  app:\n");
    app.forEach((key, value) -> text.append("    ").append(key).append(": ").append(value).append('\n'));
    text.append(CACHE);
    services.forEach((name, definition) -> text.append("  ").append(name).append(": ").append(definition).append('\n'));
    top.forEach((key, value) -> text.append(key).append(": ").append(value).append('\n'));
    return text.toString();
  }

  static String valid() {
    return compose(List.of());
  }

  private static Map<String, String> ordered(String... keysAndValues) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put(keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }
}
