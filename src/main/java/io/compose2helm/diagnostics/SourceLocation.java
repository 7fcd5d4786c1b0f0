package io.compose2helm.diagnostics;

import java.util.Objects;

/** A place in an input file; line and column are 1-based, 0 when unknown. */
public record SourceLocation(String file, int line, int column) {

  public static SourceLocation ofFile(String file) {
    return new SourceLocation(file, 0, 0);
  }

  /** Renders as {@code path:line:col}, dropping the parts that are unknown. */
  @Override
  public String toString() {
    if (line <= 0) {
      return file;
    }
    return column <= 0 ? file + ":" + line : file + ":" + line + ":" + column;
  }

  // Written out for the reason Diagnostic gives.
  @Override
  public boolean equals(Object other) {
    return other instanceof SourceLocation that && line == that.line && column == that.column
        && Objects.equals(file, that.file);
  }

  @Override
  public int hashCode() {
    return (Objects.hashCode(file) * 31 + line) * 31 + column;
  }
}
