package io.compose2helm.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/** Renders a report as JSON; keys are written in insertion order so diffs of output stay small. */
final class JsonReportWriter {

  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private JsonReportWriter() {}

  static String write(AuditReport report) {
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("findings", report.findings().size());
    summary.put("errors", report.errorCount());
    summary.put("warnings", report.warningCount());
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("summary", summary);
    root.put("findings", report.findings().stream().map(JsonReportWriter::toMap).toList());
    try {
      return MAPPER.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e); // Maps of strings and numbers always serialize.
    }
  }

  private static Map<String, Object> toMap(Finding finding) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("file", finding.file());
    map.put("line", finding.line());
    map.put("rule", finding.ruleId());
    map.put("severity", finding.severity().label());
    map.put("message", finding.message());
    map.put("why", finding.why());
    map.put("fix", finding.fix());
    return map;
  }
}
