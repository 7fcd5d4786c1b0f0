package io.compose2helm.compose.env;

/**
 * A malformed template. Carries no location: the caller knows where the text came from and turns
 * this into an {@link io.compose2helm.diagnostics.InputException}. Messages only ever quote
 * variable names, never the surrounding text, because that text may be a secret.
 */
final class TemplateSyntaxException extends RuntimeException {

  TemplateSyntaxException(String message) {
    super(message);
  }
}
