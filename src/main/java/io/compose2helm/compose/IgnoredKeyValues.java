package io.compose2helm.compose;

import java.math.BigDecimal;
import java.util.Set;

/**
 * Keys that are not mapped to Kubernetes but whose values Compose still checks: a file docker
 * compose refuses must not convert just because the key is ignored. Messages do not repeat the
 * value, which may hold an interpolated secret.
 */
final class IgnoredKeyValues {

  private static final Set<String> BYTE_SIZES = Set.of("memswap_limit", "shm_size");
  private static final Set<String> NUMBERS = Set.of("cpu_percent", "cpu_shares", "cpu_count", "pids_limit",
      "mem_swappiness", "oom_score_adj");

  private IgnoredKeyValues() {}

  static void check(YamlEntry entry) {
    YamlValue value = entry.value();
    if (value.isNull() || !value.isScalar()) {
      return; // shapes are the schema's business; only scalar formats are checked here
    }
    if (BYTE_SIZES.contains(entry.key())) {
      try {
        ByteSizeParser.parse(value.requiredText());
      } catch (IllegalArgumentException e) {
        throw value.error("expected a byte size: a number with an optional unit b, k, m or g (512m, 1g)");
      }
    } else if (NUMBERS.contains(entry.key())) {
      try {
        new BigDecimal(value.requiredText().trim());
      } catch (NumberFormatException e) {
        throw value.error("expected a number");
      }
    }
  }
}
