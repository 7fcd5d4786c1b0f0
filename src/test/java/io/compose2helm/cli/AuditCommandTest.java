package io.compose2helm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.compose2helm.it.Conversion;
import io.compose2helm.it.Conversion.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditCommandTest {

  private static final String SAMPLE = "samples/bytelyst/docker-compose.yml";

  @Test
  void audit_sample_listsFindingsWithFileAndLine() {
    Run run = Conversion.run("audit", "-q", SAMPLE);
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("samples/bytelyst/billing-api/Dockerfile:20: warning[shell-form-entrypoint]"), run.out());
    assertTrue(run.out().contains("samples/bytelyst/admin/Dockerfile:4: error[root-user]"), run.out());
    assertTrue(run.out().contains("samples/bytelyst/docker-compose.yml:323: warning[no-healthcheck]: service admin"), run.out());
    assertTrue(run.out().contains("    why: ") && run.out().contains("    fix: "), run.out());
    assertTrue(run.out().endsWith("13 findings (2 errors, 11 warnings)\n"), run.out());
  }

  @Test
  void audit_failOn_setsExitCodeBySeverity() {
    assertEquals(1, Conversion.run("audit", "-q", SAMPLE, "--fail-on", "warning").exitCode());
    assertEquals(1, Conversion.run("audit", "-q", SAMPLE, "--fail-on", "error").exitCode());
    assertEquals(0, Conversion.run("audit", "-q", SAMPLE, "--fail-on", "none").exitCode());
  }

  @Test
  void audit_cleanService_exitsZeroEvenWithFailOnWarning(@TempDir Path temp) throws IOException {
    Path compose = temp.resolve("docker-compose.yml");
    Files.writeString(compose, "services:\n  api:\n    image: example/api:1.2.3\n    expose: [\"8080\"]\n"
        + "    healthcheck:\n      test: [\"CMD\", \"curl\", \"-f\", \"http://localhost:8080/health\"]\n");
    Run run = Conversion.run("audit", "-q", compose.toString(), "--fail-on", "warning");
    assertEquals(0, run.exitCode(), run.out());
    assertTrue(run.out().contains("0 findings"), run.out());
  }

  @Test
  void audit_jsonFormat_isMachineReadable() {
    Run run = Conversion.run("audit", "-q", SAMPLE, "--format", "json");
    assertEquals(0, run.exitCode());
    assertTrue(run.out().contains("\"rule\" : \"broad-copy\""), run.out());
    assertTrue(run.out().contains("\"findings\" : 13"), run.out());
  }

  @Test
  void audit_unknownFormat_isUsageError() {
    Run run = Conversion.run("audit", SAMPLE, "--format", "xml");
    assertEquals(ExitCodes.USAGE, run.exitCode());
    assertTrue(run.err().contains("xml"), run.err());
  }
}
