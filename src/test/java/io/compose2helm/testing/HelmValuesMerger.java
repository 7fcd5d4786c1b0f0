package io.compose2helm.testing;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Merges a values overlay onto chart defaults the way Helm coalesces {@code -f overlay.yaml}:
 * maps merge recursively, any other overlay value replaces the default, and an explicit
 * {@code null} removes the key (Helm's documented way to unset a default).
 */
public final class HelmValuesMerger {

  private HelmValuesMerger() {}

  /** Returns a new map; neither argument is modified. */
  public static Map<String, Object> merge(Map<String, Object> defaults,
      Map<String, Object> overlay) {
    Map<String, Object> merged = new LinkedHashMap<>(defaults);
    overlay.forEach((key, overlayValue) -> {
      Object defaultValue = merged.get(key);
      if (overlayValue == null) {
        merged.remove(key);
      } else if (overlayValue instanceof Map<?, ?> overlayMap
          && defaultValue instanceof Map<?, ?> defaultMap) {
        merged.put(key, merge(asStringMap(defaultMap), asStringMap(overlayMap)));
      } else {
        merged.put(key, withoutNulls(overlayValue));
      }
    });
    return merged;
  }

  /** Nulls inside a freshly added map also mean "absent" to Helm. */
  private static Object withoutNulls(Object value) {
    if (!(value instanceof Map<?, ?> map)) {
      return value;
    }
    Map<String, Object> cleaned = new LinkedHashMap<>();
    asStringMap(map).forEach((key, child) -> {
      if (child != null) {
        cleaned.put(key, withoutNulls(child));
      }
    });
    return cleaned;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> asStringMap(Map<?, ?> map) {
    return (Map<String, Object>) map;
  }
}
