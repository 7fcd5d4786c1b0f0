package io.compose2helm.diagnostics;

public enum Severity {
  WARNING,
  ERROR;

  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
