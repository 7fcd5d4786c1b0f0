package io.compose2helm.audit;

import io.compose2helm.diagnostics.Severity;
import java.util.Comparator;
import java.util.List;

/** The findings of an audit, without repeats, sorted by file, line and rule id. */
public record AuditReport(List<Finding> findings) {

  // Message last, so that two findings of one rule on one line still have a fixed order.
  private static final Comparator<Finding> ORDER = Comparator.comparing(Finding::file)
      .thenComparingInt(Finding::line)
      .thenComparing(Finding::ruleId)
      .thenComparing(Finding::message);

  public AuditReport {
    // Services that share a Dockerfile would otherwise report its problems once each.
    findings = findings.stream().distinct().sorted(ORDER).toList();
  }

  public long errorCount() {
    return count(Severity.ERROR);
  }

  public long warningCount() {
    return count(Severity.WARNING);
  }

  /** 1 when a finding at or above {@code failOn} exists, else 0. */
  public int exitCode(FailOn failOn) {
    return findings.stream().anyMatch(f -> failOn.failsOn(f.severity())) ? 1 : 0;
  }

  public String render(AuditFormat format) {
    return switch (format) {
      case TEXT -> TextReportWriter.write(this);
      case JSON -> JsonReportWriter.write(this);
    };
  }

  private long count(Severity severity) {
    return findings.stream().filter(f -> f.severity() == severity).count();
  }
}
