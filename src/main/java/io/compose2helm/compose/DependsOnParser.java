package io.compose2helm.compose;

import io.compose2helm.compose.Dependency.Condition;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Reads {@code depends_on:}, a list of service names or a mapping with conditions. */
final class DependsOnParser {

  private static final KeyCheck KEYS =
      KeyCheck.ofSchema(
          "/definitions/service/properties/depends_on", Set.of("condition", "required"));

  private DependsOnParser() {}

  static List<Dependency> parse(YamlValue value, Set<String> services) {
    List<Dependency> result = new ArrayList<>();
    if (value.isSequence()) {
      for (YamlValue item : value.items()) {
        String name = item.requiredText();
        checkTarget(item, name, services);
        result.add(new Dependency(name, Condition.STARTED, true));
      }
      return result;
    }
    for (YamlEntry entry : value.entries()) {
      YamlValue options = entry.value();
      checkTarget(options, entry.key(), services);
      Condition condition = Condition.STARTED;
      boolean required = true;
      for (YamlEntry option : options.entriesOrEmpty()) {
        if (!KEYS.accept(option, value.context().diagnostics())) {
          continue;
        }
        switch (option.key()) {
          case "condition" -> condition = condition(option.value());
          case "required" -> required = option.value().bool();
          default -> { /* x- extensions of a dependency have no meaning for the model */ }
        }
      }
      result.add(new Dependency(entry.key(), condition, required));
    }
    return result;
  }

  private static void checkTarget(YamlValue where, String name, Set<String> services) {
    if (!services.contains(name)) {
      throw where.error("depends on service '" + name + "', which is not defined");
    }
  }

  private static Condition condition(YamlValue value) {
    String text = value.requiredText();
    for (Condition condition : Condition.values()) {
      if (condition.composeName().equals(text)) {
        return condition;
      }
    }
    throw value.error(
        "unknown condition '"
            + text
            + "' (expected service_started, service_healthy or service_completed_successfully)");
  }
}
