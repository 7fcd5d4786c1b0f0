package io.compose2helm.cli;

import io.compose2helm.compose.EnvVar;
import io.compose2helm.compose.SecretMask;
import io.compose2helm.kube.SecretVariables;
import java.util.Comparator;
import java.util.List;

/**
 * Masks what the chart would read from its Secret: variables with secret names or URL credentials,
 * values that take a secret variable, and any secret value that shows up inside other text.
 */
final class ConfigSecretMask implements SecretMask {

  private final SecretVariables secrets;
  // Longest first, so a secret that contains another is replaced whole.
  private final List<String> secretValues;

  ConfigSecretMask(SecretVariables secrets) {
    this.secrets = secrets;
    this.secretValues = secrets.definedValues().stream()
        .map(entry -> entry.getValue())
        .distinct()
        .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
        .toList();
  }

  @Override
  public boolean isSecret(EnvVar variable) {
    return secrets.holdsSecret(variable); // the same decision the chart's EnvironmentRule makes
  }

  @Override
  public String maskIn(String text) {
    String result = text;
    for (String value : secretValues) {
      result = result.replace(value, MASKED);
    }
    return result;
  }
}
