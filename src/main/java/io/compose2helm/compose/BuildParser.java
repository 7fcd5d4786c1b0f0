package io.compose2helm.compose;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** Reads {@code build:}, a context path or a mapping. */
final class BuildParser {

  private static final KeyCheck KEYS =
      KeyCheck.ofSchema(
          "/definitions/service/properties/build", Set.of("context", "dockerfile", "target", "args"));

  private BuildParser() {}

  static Build parse(YamlValue value) {
    if (!value.isMapping()) {
      return new Build(value.requiredText(), null, null, Map.of());
    }
    String context = null;
    String dockerfile = null;
    String target = null;
    Map<String, String> args = new LinkedHashMap<>();
    for (YamlEntry entry : value.entries()) {
      if (!KEYS.accept(entry, value.context().diagnostics())) {
        continue;
      }
      YamlValue field = entry.value();
      switch (entry.key()) {
        case "context" -> context = field.text();
        case "dockerfile" -> dockerfile = field.text();
        case "target" -> target = field.text();
        case "args" -> readArgs(field, args);
        default -> { /* x- extensions of build have no meaning for the model */ }
      }
    }
    // Compose builds from the project folder when the context is left out.
    return new Build(context == null ? "." : context, dockerfile, target, args);
  }

  private static void readArgs(YamlValue field, Map<String, String> args) {
    // A bare arg takes its value from the project variables at build time, like a bare env var.
    for (KeyValueList.Item item : KeyValueList.read(field).values()) {
      args.put(item.key(), item.rawValue() != null ? item.value() : field.context().variable(item.key()));
    }
  }
}
