package io.compose2helm.audit;

/** Renders a report the way compilers do, so editors and CI logs can link to each line. */
final class TextReportWriter {

  private TextReportWriter() {}

  static String write(AuditReport report) {
    StringBuilder out = new StringBuilder();
    for (Finding finding : report.findings()) {
      out.append(finding.where()).append(": ")
          .append(finding.severity().label())
          .append('[').append(finding.ruleId()).append("]: ")
          .append(finding.message()).append('\n')
          .append("    why: ").append(finding.why()).append('\n')
          .append("    fix: ").append(finding.fix()).append('\n');
    }
    out.append(report.findings().size()).append(" findings (")
        .append(report.errorCount()).append(" errors, ")
        .append(report.warningCount()).append(" warnings)\n");
    return out.toString();
  }
}
