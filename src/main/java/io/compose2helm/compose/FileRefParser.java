package io.compose2helm.compose;

import io.compose2helm.diagnostics.InputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Reads a service's {@code secrets:} or {@code configs:}, short names or long mappings. */
final class FileRefParser {

  private static final KeyCheck KEYS =
      KeyCheck.ofSchema("/definitions/service_config_or_secret", Set.of("source", "target", "mode"));

  private FileRefParser() {}

  /**
   * @param kind "secret" or "config", for messages
   * @param declared the top-level names the entries may refer to
   */
  static List<ServiceFileRef> parse(YamlValue value, String kind, Set<String> declared) {
    List<ServiceFileRef> result = new ArrayList<>();
    for (YamlValue item : value.items()) {
      try {
        result.add(parseOne(item, kind, declared));
      } catch (InputException e) {
        value.context().record(e);
      }
    }
    return result;
  }

  private static ServiceFileRef parseOne(YamlValue item, String kind, Set<String> declared) {
    if (!item.isMapping()) {
      return new ServiceFileRef(declared(item, item.requiredText(), kind, declared), null, null);
    }
    String source = null;
    String target = null;
    Integer mode = null;
    for (YamlEntry entry : item.entries()) {
      if (!KEYS.accept(entry, item.context().diagnostics())) {
        continue;
      }
      switch (entry.key()) {
        case "source" -> source = entry.value().requiredText();
        case "target" -> target = entry.value().text();
        case "mode" -> mode = mode(entry.value());
        default -> { /* x- extensions of a reference have no meaning for the model */ }
      }
    }
    if (source == null) {
      throw item.error("a " + kind + " in long syntax needs 'source'");
    }
    return new ServiceFileRef(declared(item, source, kind, declared), target, mode);
  }

  private static String declared(YamlValue item, String name, String kind, Set<String> declared) {
    if (!declared.contains(name)) {
      throw item.error(kind + " '" + name + "' is not declared in the top-level '" + kind + "s:' section");
    }
    return name;
  }

  /** File modes are octal by convention ({@code 0440}, {@code 0o440}); YAML 1.2 would read them as decimal. */
  private static Integer mode(YamlValue value) {
    String text = value.requiredText().trim();
    int mode;
    try {
      if (text.startsWith("0o")) {
        mode = Integer.parseInt(text.substring(2), 8);
      } else if (text.length() > 1 && text.startsWith("0")) {
        mode = Integer.parseInt(text.substring(1), 8);
      } else {
        mode = Integer.parseInt(text);
      }
    } catch (NumberFormatException e) {
      throw value.error("expected a file mode such as 0440 but found '" + text + "'");
    }
    if (mode < 0 || mode > 0777) {
      throw value.error("a file mode is from 0000 to 0777 but found '" + text + "'");
    }
    return mode;
  }
}
