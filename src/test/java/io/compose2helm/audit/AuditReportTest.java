package io.compose2helm.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.compose2helm.diagnostics.Severity;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AuditReportTest {

  private static Finding finding(String file, int line, String rule, Severity severity) {
    return new Finding(file, line, rule, severity, "msg " + rule, "why " + rule, "fix " + rule);
  }

  private static final Finding WARNING_B =
      finding("b/Dockerfile", 3, "broad-copy", Severity.WARNING);
  private static final Finding ERROR_A = finding("a/Dockerfile", 4, "root-user", Severity.ERROR);
  private static final Finding WARNING_A =
      finding("a/Dockerfile", 4, "broad-copy", Severity.WARNING);

  @Test
  void findings_anyInputOrder_sortedByFileLineRuleWithoutRepeats() {
    AuditReport report = new AuditReport(List.of(WARNING_B, ERROR_A, WARNING_A, ERROR_A));

    assertEquals(List.of(WARNING_A, ERROR_A, WARNING_B), report.findings());
  }

  @Test
  void render_text_compilerStyleLinesAndSummary() {
    Finding wholeFile = finding("c.yml", 0, "x", Severity.WARNING);
    AuditReport report = new AuditReport(List.of(ERROR_A, wholeFile));

    assertEquals(String.join("\n",
            "a/Dockerfile:4: error[root-user]: msg root-user",
            "    why: why root-user",
            "    fix: fix root-user",
            "c.yml: warning[x]: msg x",
            "    why: why x",
            "    fix: fix x",
            "2 findings (1 errors, 1 warnings)",
            ""),
        report.render(AuditFormat.TEXT));
  }

  @Test
  void render_textWithoutFindings_printsZeroSummary() {
    assertEquals("0 findings (0 errors, 0 warnings)\n",
        new AuditReport(List.of()).render(AuditFormat.TEXT));
  }

  @Test
  void render_json_stableKeyOrder() {
    String json = new AuditReport(List.of(ERROR_A)).render(AuditFormat.JSON);

    assertEquals(String.join("\n",
            "{",
            "  \"summary\" : {",
            "    \"findings\" : 1,",
            "    \"errors\" : 1,",
            "    \"warnings\" : 0",
            "  },",
            "  \"findings\" : [ {",
            "    \"file\" : \"a/Dockerfile\",",
            "    \"line\" : 4,",
            "    \"rule\" : \"root-user\",",
            "    \"severity\" : \"error\",",
            "    \"message\" : \"msg root-user\",",
            "    \"why\" : \"why root-user\",",
            "    \"fix\" : \"fix root-user\"",
            "  } ]",
            "}",
            ""),
        json.replace("\r\n", "\n"));
  }

  @ParameterizedTest
  @CsvSource({
    "none, true, true, 0",
    "warning, true, false, 1",
    "warning, false, true, 1",
    "warning, false, false, 0",
    "error, true, false, 1",
    "error, false, true, 0",
  })
  void exitCode_failOnThreshold(String failOn, boolean hasError, boolean hasWarning, int expected) {
    List<Finding> findings = new ArrayList<>();
    if (hasError) {
      findings.add(ERROR_A);
    }
    if (hasWarning) {
      findings.add(WARNING_B);
    }

    assertEquals(expected, new AuditReport(findings).exitCode(FailOn.parse(failOn)));
  }

  @Test
  void parse_formatAndFailOn_acceptAnyCaseAndRejectUnknown() {
    assertEquals(AuditFormat.JSON, AuditFormat.parse("Json"));
    assertEquals(FailOn.ERROR, FailOn.parse("ERROR"));
    assertThrows(IllegalArgumentException.class, () -> FailOn.parse("fatal"));
  }
}
