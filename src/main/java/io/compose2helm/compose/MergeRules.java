package io.compose2helm.compose;

import io.compose2helm.compose.SequenceKeys.Identity;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which Compose merge rule applies at a key path when files are combined or a service extends
 * another. Paths are patterns: {@code services.*.environment} stands for every service. The rules
 * follow compose-go's override package: mappings merge, most lists append, some lists are unique
 * by a key (a later entry replaces the earlier one with the same key), and a few values replace.
 */
final class MergeRules {

  /** How two values at one path combine. */
  enum Strategy {
    /** Mappings merge key by key, lists append, scalars are replaced. */
    DEFAULT,
    /** The later value replaces the earlier one whole. */
    REPLACE,
    /** List and mapping forms are both read as a mapping, then merged key by key. */
    AS_MAPPING
  }

  // Keys whose children are named by the user (service names, volume names, ...).
  private static final Set<String> NAMED_CHILDREN =
      Set.of("services", "volumes", "networks", "secrets", "configs", "services.*.networks",
          "services.*.depends_on", "services.*.ulimits");

  private static final Set<String> REPLACED =
      Set.of("services.*.command", "services.*.entrypoint", "services.*.healthcheck.test");

  private static final Set<String> AS_MAPPING =
      Set.of("services.*.environment", "services.*.labels", "services.*.annotations", "services.*.sysctls",
          "services.*.build.args", "services.*.build.labels", "services.*.deploy.labels",
          "services.*.networks", "services.*.depends_on", "services.*.extra_hosts",
          "networks.*.labels", "volumes.*.labels");

  private static final Map<String, Identity> UNIQUE_BY =
      Map.ofEntries(
          Map.entry("services.*.ports", Identity.PORT),
          Map.entry("services.*.volumes", Identity.VOLUME_TARGET),
          Map.entry("services.*.secrets", Identity.FILE_REFERENCE),
          Map.entry("services.*.configs", Identity.FILE_REFERENCE),
          Map.entry("services.*.env_file", Identity.ENV_FILE),
          Map.entry("services.*.expose", Identity.CANONICAL),
          Map.entry("services.*.profiles", Identity.CANONICAL),
          Map.entry("services.*.cap_add", Identity.CANONICAL),
          Map.entry("services.*.cap_drop", Identity.CANONICAL),
          Map.entry("services.*.devices", Identity.CANONICAL),
          Map.entry("services.*.dns", Identity.CANONICAL),
          Map.entry("services.*.dns_opt", Identity.CANONICAL),
          Map.entry("services.*.dns_search", Identity.CANONICAL),
          Map.entry("services.*.tmpfs", Identity.CANONICAL),
          Map.entry("services.*.links", Identity.CANONICAL),
          Map.entry("services.*.build.tags", Identity.CANONICAL));

  private MergeRules() {}

  static String child(String pattern, String key) {
    if (pattern.isEmpty()) {
      return key;
    }
    return NAMED_CHILDREN.contains(pattern) ? pattern + ".*" : pattern + "." + key;
  }

  static Strategy strategy(String pattern) {
    if (REPLACED.contains(pattern)) {
      return Strategy.REPLACE;
    }
    return AS_MAPPING.contains(pattern) ? Strategy.AS_MAPPING : Strategy.DEFAULT;
  }

  /** For a list whose entries are unique by a key, which key that is. */
  static Optional<Identity> uniqueKey(String pattern) {
    return Optional.ofNullable(UNIQUE_BY.get(pattern));
  }
}
