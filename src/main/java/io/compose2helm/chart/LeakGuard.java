package io.compose2helm.chart;

import io.compose2helm.kube.SecretVariables;
import java.util.Map;

/**
 * The last line of defence for "no secret in any emitted file": every file is searched for every
 * secret value before anything is written. A hit is a bug in the mapping, so it stops the run
 * with the variable's name and the file, never the value.
 */
final class LeakGuard {

  // Shorter values ("1", "true") occur by chance; real secrets are longer.
  static final int MIN_CHECKED_LENGTH = 6;

  private LeakGuard() {}

  static void check(Map<String, String> files, SecretVariables secrets) {
    for (Map.Entry<String, String> secret : secrets.definedValues()) {
      if (secret.getValue().length() < MIN_CHECKED_LENGTH) {
        continue;
      }
      files.forEach((path, content) -> {
        if (content.contains(secret.getValue())) {
          throw new IllegalStateException(
              "the value of secret variable " + secret.getKey() + " would be written to " + path
                  + "; nothing was written. Please report this as a bug");
        }
      });
    }
  }
}
