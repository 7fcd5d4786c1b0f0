package io.compose2helm.compose;

import io.compose2helm.diagnostics.Diagnostics;
import io.compose2helm.diagnostics.Timings;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Sorts the keys of one mapping into modelled, known-but-ignored (warning) and unknown (error with
 * a "did you mean" hint). {@code x-} keys are extensions and always allowed.
 */
final class KeyCheck {

  // Up to this many edits a misspelt key is still recognisable ("enviroment", "prots").
  private static final int SUGGESTION_DISTANCE = 3;
  private static final LevenshteinDistance DISTANCE = new LevenshteinDistance(SUGGESTION_DISTANCE);

  private final Set<String> validKeys;
  private final Set<String> modelledKeys;

  /**
   * @param validKeys every key the spec allows here
   * @param modelledKeys the keys the loader reads; any other valid key is warned about
   */
  KeyCheck(Set<String> validKeys, Set<String> modelledKeys) {
    this.validKeys = validKeys;
    this.modelledKeys = modelledKeys;
  }

  static KeyCheck ofSchema(String pointer, Set<String> modelledKeys) {
    try (Timings.Phase phase = Timings.start("schema checks")) {
      return new KeyCheck(ComposeSchema.get().keysAt(pointer), modelledKeys);
    }
  }

  static boolean isExtension(String key) {
    return key.startsWith("x-");
  }

  /**
   * Reports the entry when it is not a modelled key.
   *
   * @return true when the caller should read the entry
   */
  boolean accept(YamlEntry entry, Diagnostics diagnostics) {
    String key = entry.key();
    String path = entry.value().path();
    if (modelledKeys.contains(key) || isExtension(key)) {
      return true;
    }
    if (validKeys.contains(key)) {
      diagnostics.warn(entry.keyLocation(), path, key + " is not mapped to Kubernetes and is ignored");
      return false;
    }
    Optional<String> suggestion = suggestion(key);
    String hint = suggestion.isPresent() ? " (did you mean '" + suggestion.get() + "'?)" : "";
    diagnostics.error(entry.keyLocation(), path, "unknown key '" + key + "'" + hint);
    return false;
  }

  Optional<String> suggestion(String key) {
    // The nearest valid key; of keys as near, the first in alphabetical order.
    String best = null;
    int bestDistance = 0;
    for (String candidate : validKeys) {
      int distance = distance(key, candidate);
      if (distance < 0) {
        continue;
      }
      if (best == null || distance < bestDistance || (distance == bestDistance && candidate.compareTo(best) < 0)) {
        best = candidate;
        bestDistance = distance;
      }
    }
    return Optional.ofNullable(best);
  }

  private static int distance(String a, String b) {
    return DISTANCE.apply(a.toLowerCase(java.util.Locale.ROOT), b);
  }
}
