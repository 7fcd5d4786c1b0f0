package io.compose2helm.diagnostics;

/**
 * One finding about the input. {@code key} is the dotted path of the offending key (for example
 * {@code services.api.ports[0]}), or empty when the finding is about the file as a whole.
 */
public record Diagnostic(Severity severity, SourceLocation location, String key, String message) {

  /** Reads as {@code path:line:col: warning: key: message}, the shape compilers use. */
  public String format() {
    String where = location == null ? "" : location + ": ";
    String what = key == null || key.isEmpty() ? "" : key + ": ";
    return where + severity.label() + ": " + what + message;
  }

  @Override
  public String toString() {
    return format();
  }
}
