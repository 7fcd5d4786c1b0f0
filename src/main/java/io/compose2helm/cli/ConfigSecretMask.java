package io.compose2helm.cli;

import io.compose2helm.compose.EnvVar;
import io.compose2helm.compose.SecretMask;
import io.compose2helm.diagnostics.Redactor;
import io.compose2helm.kube.SecretVariables;

/**
 * Masks what the chart would read from its Secret: variables with secret names or URL credentials,
 * values that take a secret variable (the chart's own decision), and any secret inside other text
 * (the {@link Redactor}'s, the one that masks everything printed).
 */
final class ConfigSecretMask implements SecretMask {

  private final SecretVariables secrets;
  private final Redactor redactor;

  ConfigSecretMask(SecretVariables secrets, Redactor redactor) {
    this.secrets = secrets;
    this.redactor = redactor;
  }

  @Override
  public boolean isSecret(EnvVar variable) {
    return secrets.holdsSecret(variable); // the same decision the chart's EnvironmentRule makes
  }

  @Override
  public String maskIn(String text) {
    return redactor.redact(text);
  }
}
