package io.compose2helm.compose;

import io.compose2helm.compose.HealthCheck.Kind;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.Tag;

/** Reads a service's {@code healthcheck:}. */
final class HealthCheckParser {

  private static final KeyCheck KEYS =
      KeyCheck.ofSchema(
          "/definitions/healthcheck",
          Set.of("test", "interval", "timeout", "retries", "start_period", "start_interval", "disable"));

  private HealthCheckParser() {}

  static HealthCheck parse(YamlValue value) {
    Kind kind = Kind.NONE;
    List<String> test = List.of();
    Duration interval = null;
    Duration timeout = null;
    Integer retries = null;
    Duration startPeriod = null;
    Duration startInterval = null;
    boolean disabled = false;
    for (YamlEntry entry : value.entriesOrEmpty()) {
      if (!KEYS.accept(entry, value.context().diagnostics())) {
        continue;
      }
      YamlValue field = entry.value();
      switch (entry.key()) {
        case "test" -> {
          if (field.isSequence()) {
            List<String> words = field.stringList();
            kind = kindOf(field, words);
            test = kind == Kind.NONE ? List.of() : words.subList(1, words.size());
            disabled = disabled || (!words.isEmpty() && words.get(0).equals("NONE"));
          } else if (field.isScalar() && !Tag.STR.equals(field.tag())) {
            throw field.expected("a command string or a list such as [\"CMD\", ...]");
          } else {
            kind = Kind.SHELL;
            test = List.of(field.requiredText());
          }
        }
        case "interval" -> interval = duration(field);
        case "timeout" -> timeout = duration(field);
        case "start_period" -> startPeriod = duration(field);
        case "start_interval" -> startInterval = duration(field);
        case "retries" -> retries = field.integer();
        case "disable" -> disabled = disabled || field.bool();
        default -> { /* x- extensions of a healthcheck have no meaning for the model */ }
      }
    }
    if (disabled) {
      kind = Kind.NONE;
      test = List.of();
    }
    return new HealthCheck(kind, test, interval, timeout, retries, startPeriod, startInterval, disabled);
  }

  private static Kind kindOf(YamlValue field, List<String> words) {
    if (words.isEmpty()) {
      throw field.error("healthcheck test is empty (expected [\"CMD\", ...], [\"CMD-SHELL\", \"...\"] or [\"NONE\"])");
    }
    return switch (words.get(0)) {
      case "CMD" -> Kind.EXEC;
      case "CMD-SHELL" -> {
        if (words.size() != 2) {
          throw field.error("\"CMD-SHELL\" takes exactly one command string");
        }
        yield Kind.SHELL;
      }
      case "NONE" -> Kind.NONE;
      default ->
          throw field.error(
              "healthcheck test must start with \"CMD\", \"CMD-SHELL\" or \"NONE\", found \""
                  + words.get(0)
                  + "\"");
    };
  }

  static Duration duration(YamlValue field) {
    try {
      return DurationParser.parse(field.requiredText());
    } catch (IllegalArgumentException e) {
      throw field.error(e.getMessage());
    }
  }
}
