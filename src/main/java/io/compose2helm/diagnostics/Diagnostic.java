package io.compose2helm.diagnostics;

import java.util.Objects;

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

  // equals and hashCode are written out, here and in SourceLocation: a record's generated ones link
  // java.lang.runtime.ObjectMethods at first use, which the startup archive cannot keep, and every
  // run dedupes its warnings through them.
  @Override
  public boolean equals(Object other) {
    return other instanceof Diagnostic that && severity == that.severity && Objects.equals(location, that.location)
        && Objects.equals(key, that.key) && Objects.equals(message, that.message);
  }

  @Override
  public int hashCode() {
    return Objects.hash(severity, location, key, message);
  }
}
