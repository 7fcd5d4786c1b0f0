package io.compose2helm.compose;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads Compose's "list or dict" shape ({@code labels}, {@code build.args}): either a mapping or a
 * list of {@code KEY=VALUE} strings. A key without a value maps to null, so each caller decides
 * what "bare" means for it.
 */
final class KeyValueList {

  private KeyValueList() {}

  /** One entry with the value already interpolated and the place it was written. */
  record Item(String key, String rawValue, String value, YamlValue source) {}

  static Map<String, Item> read(YamlValue value) {
    Map<String, Item> result = new LinkedHashMap<>();
    if (value.isMapping()) {
      for (YamlEntry entry : value.entries()) {
        YamlValue field = entry.value();
        if (field.isMapping() || field.isSequence()) {
          throw field.expected("a string, number, boolean or nothing");
        }
        result.put(entry.key(), new Item(entry.key(), field.raw(), field.text(), field));
      }
      return result;
    }
    if (!value.isSequence()) {
      throw value.expected("a mapping or a list of KEY=VALUE strings");
    }
    for (YamlValue item : value.items()) {
      String raw = item.raw();
      if (raw == null) {
        throw item.expected("a KEY=VALUE string");
      }
      int equals = raw.indexOf('=');
      if (equals < 0) {
        result.put(raw, new Item(raw, null, null, item));
      } else {
        String key = raw.substring(0, equals);
        String rawValue = raw.substring(equals + 1);
        String interpolated = item.context().interpolate(rawValue, item.location(), item.path());
        result.put(key, new Item(key, rawValue, interpolated, item));
      }
    }
    return result;
  }

  /** The entries as plain strings; a bare key maps to the empty string (as Docker labels do). */
  static Map<String, String> strings(YamlValue value) {
    Map<String, String> result = new LinkedHashMap<>();
    for (Map.Entry<String, Item> entry : read(value).entrySet()) {
      String text = entry.getValue().value();
      result.put(entry.getKey(), text == null ? "" : text);
    }
    return result;
  }
}
