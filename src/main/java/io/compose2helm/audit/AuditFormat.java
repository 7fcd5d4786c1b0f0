package io.compose2helm.audit;

import java.util.Locale;

/** How an {@link AuditReport} is printed. */
public enum AuditFormat {
  /** Compiler-style lines for people: {@code path:line: warning[rule]: message}. */
  TEXT,
  /** One JSON document for tools, with a fixed key order. */
  JSON;

  /** Parses {@code text|json}, in any case. */
  public static AuditFormat parse(String text) {
    return valueOf(text.strip().toUpperCase(Locale.ROOT));
  }
}
