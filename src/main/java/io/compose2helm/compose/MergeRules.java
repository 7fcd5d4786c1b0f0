package io.compose2helm.compose;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.snakeyaml.engine.v2.nodes.Node;

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

  private static final Map<String, Function<Node, String>> UNIQUE_BY =
      Map.ofEntries(
          Map.entry("services.*.ports", SequenceKeys::port),
          Map.entry("services.*.volumes", SequenceKeys::volumeTarget),
          Map.entry("services.*.secrets", SequenceKeys::fileReference),
          Map.entry("services.*.configs", SequenceKeys::fileReference),
          Map.entry("services.*.env_file", SequenceKeys::envFile),
          Map.entry("services.*.expose", SequenceKeys::canonical),
          Map.entry("services.*.profiles", SequenceKeys::canonical),
          Map.entry("services.*.cap_add", SequenceKeys::canonical),
          Map.entry("services.*.cap_drop", SequenceKeys::canonical),
          Map.entry("services.*.devices", SequenceKeys::canonical),
          Map.entry("services.*.dns", SequenceKeys::canonical),
          Map.entry("services.*.dns_opt", SequenceKeys::canonical),
          Map.entry("services.*.dns_search", SequenceKeys::canonical),
          Map.entry("services.*.tmpfs", SequenceKeys::canonical),
          Map.entry("services.*.links", SequenceKeys::canonical),
          Map.entry("services.*.build.tags", SequenceKeys::canonical));

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

  /** For a list whose entries are unique by a key, the function giving that key. */
  static Optional<Function<Node, String>> uniqueKey(String pattern) {
    return Optional.ofNullable(UNIQUE_BY.get(pattern));
  }
}
