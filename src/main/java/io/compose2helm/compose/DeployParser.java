package io.compose2helm.compose;

import io.compose2helm.compose.Resources.ResourceAmounts;
import java.math.BigDecimal;
import java.util.Set;

/** Reads the parts of {@code deploy:} we model: replicas, resource limits/reservations, restart policy. */
final class DeployParser {

  private static final String DEPLOY = "/definitions/deployment";
  private static final String RESOURCES = DEPLOY + "/properties/resources";
  private static final KeyCheck DEPLOY_KEYS =
      KeyCheck.ofSchema(DEPLOY, Set.of("replicas", "resources", "restart_policy"));
  private static final KeyCheck RESTART_POLICY_KEYS =
      KeyCheck.ofSchema(DEPLOY + "/properties/restart_policy", Set.of("condition", "max_attempts"));
  private static final Set<String> CONDITIONS = Set.of("none", "on-failure", "any");
  private static final KeyCheck RESOURCE_KEYS =
      KeyCheck.ofSchema(RESOURCES, Set.of("limits", "reservations"));
  private static final KeyCheck LIMIT_KEYS =
      KeyCheck.ofSchema(RESOURCES + "/properties/limits", Set.of("cpus", "memory"));
  private static final KeyCheck RESERVATION_KEYS =
      KeyCheck.ofSchema(RESOURCES + "/properties/reservations", Set.of("cpus", "memory"));

  /** What deploy said; every part may be null. */
  record Deploy(Integer replicas, Resources resources, RestartPolicy restartPolicy) {}

  // Docker counts CPUs in billionths in a signed 64-bit number; far above any machine, and the
  // Kubernetes quantity in millicores stays within range.
  // Not a BigDecimal constant: initialising that class costs JDK 25 about 20 ms, paid only by exotic values.
  private static final String MAX_CPUS = "9223372036";

  private DeployParser() {}

  static Deploy parse(YamlValue value) {
    Integer replicas = null;
    Resources resources = null;
    RestartPolicy restartPolicy = null;
    for (YamlEntry entry : value.entriesOrEmpty()) {
      if (!DEPLOY_KEYS.accept(entry, value.context().diagnostics())) {
        continue;
      }
      switch (entry.key()) {
        case "replicas" -> replicas = replicas(entry.value());
        case "resources" -> resources = resources(entry.value());
        case "restart_policy" -> restartPolicy = restartPolicy(entry.value());
        default -> { /* x- extensions of deploy have no meaning for the model */ }
      }
    }
    return new Deploy(replicas, resources, restartPolicy);
  }

  private static RestartPolicy restartPolicy(YamlValue value) {
    String condition = null;
    Integer maxAttempts = null;
    for (YamlEntry entry : value.entriesOrEmpty()) {
      if (!RESTART_POLICY_KEYS.accept(entry, value.context().diagnostics())) {
        continue;
      }
      switch (entry.key()) {
        case "condition" -> {
          condition = entry.value().requiredText();
          if (!CONDITIONS.contains(condition)) {
            throw entry.value().error("expected none, on-failure or any but found '" + condition + "'");
          }
        }
        case "max_attempts" -> maxAttempts = nonNegative(entry.value(), "max_attempts");
        default -> { /* x- extensions of restart_policy have no meaning for the model */ }
      }
    }
    return new RestartPolicy(condition, maxAttempts);
  }

  static Integer replicas(YamlValue value) {
    return nonNegative(value, "replicas");
  }

  private static int nonNegative(YamlValue value, String key) {
    int number = value.integer();
    if (number < 0) {
      throw value.error(key + " cannot be negative");
    }
    return number;
  }

  private static Resources resources(YamlValue value) {
    ResourceAmounts limits = null;
    ResourceAmounts reservations = null;
    for (YamlEntry entry : value.entriesOrEmpty()) {
      if (!RESOURCE_KEYS.accept(entry, value.context().diagnostics())) {
        continue;
      }
      switch (entry.key()) {
        case "limits" -> limits = amounts(entry.value(), LIMIT_KEYS);
        case "reservations" -> reservations = amounts(entry.value(), RESERVATION_KEYS);
        default -> { /* x- extensions of resources have no meaning for the model */ }
      }
    }
    return new Resources(limits, reservations);
  }

  private static ResourceAmounts amounts(YamlValue value, KeyCheck keys) {
    String cpus = null;
    Long memory = null;
    for (YamlEntry entry : value.entriesOrEmpty()) {
      if (!keys.accept(entry, value.context().diagnostics())) {
        continue;
      }
      switch (entry.key()) {
        case "cpus" -> cpus = cpus(entry.value());
        case "memory" -> memory = bytes(entry.value());
        default -> { /* x- extensions of resource amounts have no meaning for the model */ }
      }
    }
    return new ResourceAmounts(cpus, memory);
  }

  static String cpus(YamlValue value) {
    String text = value.requiredText().trim();
    if (NanoCpus.ofPlain(text) >= 0) {
      return text;
    }
    BigDecimal cpus;
    try {
      // BigDecimal, not double: no NaN or Infinity, and the text keeps its exact value.
      cpus = new BigDecimal(text);
    } catch (NumberFormatException e) {
      throw value.error("expected a number of CPUs such as 0.5 or 2 but found '" + text + "'");
    }
    if (cpus.signum() < 0) {
      throw value.error("cpus cannot be negative");
    }
    // Docker's unit is a billionth of a CPU; finer digits (1e-999999999) would only cost time to round.
    if (cpus.compareTo(new BigDecimal(MAX_CPUS)) > 0 || cpus.stripTrailingZeros().scale() > 9) {
      throw value.error("cpus must be a number from 0 to " + MAX_CPUS
          + " with at most 9 decimal places but found '" + text + "'");
    }
    return text;
  }

  static Long bytes(YamlValue value) {
    try {
      return ByteSizeParser.parse(value.requiredText());
    } catch (IllegalArgumentException e) {
      throw value.error(e.getMessage());
    }
  }
}
