package io.compose2helm.audit;

import static io.compose2helm.audit.TestServices.project;
import static io.compose2helm.audit.TestServices.service;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.compose2helm.compose.ComposeProject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditorTest {

  private static final Path SAMPLE = Path.of("samples/bytelyst");
  private static final String COMPOSE = "samples/bytelyst/docker-compose.yml";

  private static List<String> summary(AuditReport report) {
    return report.findings().stream().map(f -> f.where() + " " + f.ruleId()).toList();
  }

  /** The three sample services as the loader would give them (lines from docker-compose.yml). */
  private static ComposeProject bytelystSample() {
    return project("bytelyst",
        service("auth-api").file(COMPOSE).line(109).image("bytelyst/auth-api:1.4.2")
            .build("./auth-api", null, null).user("1000:1000").expose(4001).port(4001)
            .healthcheck("CMD", "curl", "-fsS", "http://localhost:4001/health").get(),
        service("billing-api").file(COMPOSE).line(179).image("bytelyst/billing-api:0.9.7")
            .build("./billing-api", "Dockerfile", null).expose(4003)
            .healthcheck("CMD", "curl", "-fsS", "http://localhost:4003/health").get(),
        service("web").file(COMPOSE).line(283).image("bytelyst/web:1.0.0")
            .build("./web", "Dockerfile", "runner").port(3000)
            .healthcheck("CMD-SHELL", "wget -qO- http://127.0.0.1:3000/api/health || exit 1")
            .get(),
        service("admin").file(COMPOSE).line(321).image("bytelyst/admin:1.0.0")
            .build("./admin", null, null).port(3001).get());
  }

  @Test
  void audit_bytelystSample_reportsBillingAndAdminProblemsOnly() {
    AuditReport report = new Auditor().audit(bytelystSample(), SAMPLE);

    assertEquals(List.of(
            "samples/bytelyst/admin/Dockerfile:4 root-user",
            "samples/bytelyst/admin/Dockerfile:8 broad-copy",
            "samples/bytelyst/admin/Dockerfile:10 fragmented-run",
            "samples/bytelyst/admin/Dockerfile:14 hardcoded-endpoint",
            "samples/bytelyst/admin/Dockerfile:17 shell-form-entrypoint",
            "samples/bytelyst/billing-api/Dockerfile:4 root-user",
            "samples/bytelyst/billing-api/Dockerfile:8 hardcoded-endpoint",
            "samples/bytelyst/billing-api/Dockerfile:9 hardcoded-endpoint",
            "samples/bytelyst/billing-api/Dockerfile:11 fragmented-run",
            "samples/bytelyst/billing-api/Dockerfile:15 broad-copy",
            "samples/bytelyst/billing-api/Dockerfile:20 shell-form-entrypoint",
            "samples/bytelyst/docker-compose.yml:321 no-healthcheck"),
        summary(report));
    assertEquals(2, report.errorCount());
    assertEquals(10, report.warningCount());
  }

  @Test
  void audit_bytelystGoodDockerfilesAndLocalmemgpt_onlyTheBakedOllamaHost() {
    ComposeProject project = project("bytelyst",
        service("catalog-api").file(COMPOSE).image("bytelyst/catalog-api:2.0.1")
            .build("./catalog-api", null, null).get(),
        service("flowmonk").file(COMPOSE).image("bytelyst/flowmonk:0.6.0")
            .build("./flowmonk", null, null).get(),
        service("db-migrate").file(COMPOSE).image("bytelyst/db-migrate:1.0.0")
            .build("./db-migrate", "Dockerfile", null).command("npm", "run", "migrate").get(),
        service("localmemgpt").file(COMPOSE).image("bytelyst/localmemgpt:0.3.1")
            .build("./localmemgpt", null, null).get());

    AuditReport report = new Auditor().audit(project, SAMPLE);

    assertEquals(List.of("samples/bytelyst/localmemgpt/Dockerfile:8 hardcoded-endpoint"),
        summary(report));
    assertEquals("ENV OLLAMA_BASE_URL bakes in the endpoint http://host.docker.internal:11434",
        report.findings().get(0).message());
  }

  @Test
  void audit_bytelystSample_isDeterministic() {
    AuditReport first = new Auditor().audit(bytelystSample(), SAMPLE);
    AuditReport second = new Auditor().audit(bytelystSample(), SAMPLE);

    assertEquals(first.render(AuditFormat.JSON), second.render(AuditFormat.JSON));
  }

  @Test
  void audit_missingDockerfile_reportsErrorInsteadOfFailing(@TempDir Path dir) {
    ComposeProject project = project("demo",
        service("api").line(7).image("demo/api:1").build("./api", "Dockerfile.prod", null).get());

    AuditReport report = new Auditor().audit(project, dir);

    assertEquals(List.of("docker-compose.yml:7 dockerfile-missing"), summary(report));
    assertEquals("service api builds from " + dir.resolve("api/Dockerfile.prod")
        + ", which does not exist", report.findings().get(0).message());
  }

  @Test
  void audit_unknownBuildTarget_reportsError(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("Dockerfile"), "FROM alpine AS base\nUSER 1000\n");
    ComposeProject project =
        project("demo", service("api").image("demo/api:1").build(".", null, "prod").get());

    AuditReport report = new Auditor().audit(project, dir);

    assertEquals(List.of(dir.resolve("Dockerfile") + " build-target-missing"), summary(report));
  }

  @Test
  void audit_servicesSharingADockerfile_reportItsProblemsOnce(@TempDir Path dir)
      throws IOException {
    Files.writeString(dir.resolve("Dockerfile"), "FROM alpine\nCMD ./run.sh\n");
    ComposeProject project = project("demo",
        service("worker-a").image("demo/worker:1").build(".", null, null).get(),
        service("worker-b").image("demo/worker:1").build(".", null, null).get());

    AuditReport report = new Auditor().audit(project, dir);

    assertEquals(List.of(
            dir.resolve("Dockerfile") + ":1 root-user",
            dir.resolve("Dockerfile") + ":2 shell-form-entrypoint"),
        summary(report));
  }

  @Test
  void audit_imageOnlyService_getsChartSideRulesOnly(@TempDir Path dir) {
    ComposeProject project =
        project("demo", service("cache").line(3).image("redis").user("root").expose(6379).get());

    AuditReport report = new Auditor().audit(project, dir);

    assertEquals(List.of(
            "docker-compose.yml:3 latest-tag",
            "docker-compose.yml:3 no-healthcheck",
            "docker-compose.yml:3 runs-as-root"),
        summary(report));
  }
}
