package io.compose2helm.audit;

import io.compose2helm.diagnostics.Severity;

/** What every rule shares: a stable id, a severity, and the advice attached to each finding. */
public interface AuditRule {

  String id();

  Severity severity();

  /** Why the problem matters on Kubernetes; the same for every finding of the rule. */
  String why();

  /** How to fix it; the same for every finding of the rule. */
  String fix();

  default Finding finding(String file, int line, String message) {
    return new Finding(file, line, id(), severity(), message, why(), fix());
  }
}
