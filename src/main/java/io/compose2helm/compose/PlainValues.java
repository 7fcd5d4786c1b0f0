package io.compose2helm.compose;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.nodes.Tag;

/** Converts a subtree to plain Java values (maps, lists, strings, numbers, booleans) for {@code x-} keys. */
final class PlainValues {

  private PlainValues() {}

  static Object of(YamlValue value) {
    if (value.isNull()) {
      return null;
    }
    if (value.isMapping()) {
      Map<String, Object> map = new LinkedHashMap<>();
      for (YamlEntry entry : value.entries()) {
        map.put(entry.key(), of(entry.value()));
      }
      return map;
    }
    if (value.isSequence()) {
      List<Object> list = new ArrayList<>();
      for (YamlValue item : value.items()) {
        list.add(of(item));
      }
      return list;
    }
    String text = value.text();
    Tag tag = value.tag();
    try {
      if (Tag.BOOL.equals(tag)) {
        return Boolean.parseBoolean(text.toLowerCase(java.util.Locale.ROOT));
      }
      if (Tag.INT.equals(tag)) {
        return Long.decode(text.replace("0o", "0"));
      }
      if (Tag.FLOAT.equals(tag)) {
        return Double.parseDouble(text);
      }
    } catch (NumberFormatException e) {
      // Forms like .inf or 0x with odd digits: keeping the text is more useful than failing.
      return text;
    }
    return text;
  }
}
