package io.compose2helm.compose;

/**
 * Decides what {@link ComposeConfigWriter} must not print. The Compose layer does not know which
 * variables are secrets (that is the Kubernetes layer's classification), so the caller supplies it.
 */
public interface SecretMask {

  /** What a masked value is printed as. */
  String MASKED = "<secret>";

  /** Whether the variable's whole value is a secret or embeds one. */
  boolean isSecret(EnvVar variable);

  /** {@code text} with every secret value inside it replaced by {@link #MASKED}. */
  String maskIn(String text);
}
