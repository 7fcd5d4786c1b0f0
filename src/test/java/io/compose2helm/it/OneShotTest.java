package io.compose2helm.it;

import static io.compose2helm.it.Manifests.container;
import static io.compose2helm.it.Manifests.get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One-shot services become Jobs that finish; servers without ports stay servers; hook Jobs run after install. */
class OneShotTest {

  private static final Path FIXTURE = Path.of("src/test/resources/golden/one-shots/docker-compose.yml");

  @TempDir static Path temp;
  static Conversion.Run run;
  static Manifests local;

  @BeforeAll
  static void convert() throws IOException {
    Path chart = temp.resolve("one-shots");
    run = Conversion.convert(FIXTURE, chart);
    ChartValidation.validateAllEnvironments(chart);
    // helm-java leaves hooks out of its output; renamed annotations keep the hook Job in view.
    try (Stream<Path> files = Files.walk(chart.resolve("templates"))) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        Files.writeString(file, Files.readString(file).replace("helm.sh/hook", "example.com/was-hook"));
      }
    }
    String rendered = ChartValidation.render(chart, "local");
    ChartValidation.SCHEMA.assertValid(rendered);
    local = new Manifests(rendered);
  }

  /** A Job outside hooks is named per release revision: its pod template cannot change in place. */
  private static Map<String, Object> job(String name) {
    return local.get("Job", name + "-r1");
  }

  private static Object pod(Map<String, Object> workload, String path) {
    return get(workload, "spec.template.spec." + path);
  }

  @Test
  void convert_restartOnFailureMigration_isAJobRetriedInItsPod() {
    assertEquals("OnFailure", pod(job("migrate"), "restartPolicy"));
    assertEquals(3, get(job("migrate"), "spec.backoffLimit"), "the chart default");
    assertEquals(List.of("./manage.py", "migrate"), get(container(job("migrate")), "args"));
  }

  @Test
  void convert_restartPolicyNoneWithMaxAttempts_isAJobNeverRestartedWithThatBackoff() {
    assertEquals("Never", pod(job("seed"), "restartPolicy"));
    assertEquals(2, get(job("seed"), "spec.backoffLimit"));
  }

  @Test
  void convert_taskNameWithOnFailureCount_isAJobWithThatBackoff() {
    assertEquals("OnFailure", pod(job("createbuckets"), "restartPolicy"));
    assertEquals(5, get(job("createbuckets"), "spec.backoffLimit"));
  }

  @Test
  void convert_serversWithoutPortsBehindOnFailure_stayDeployments() {
    assertTrue(local.find("Deployment", "ui").isPresent(), "its healthcheck says server");
    assertTrue(local.find("Deployment", "worker").isPresent(), "app reaches it at http://worker:9000");
    assertTrue(local.find("Job", "ui-r1").isEmpty() && local.find("Job", "worker-r1").isEmpty());
  }

  @Test
  void convert_onFailureAlone_staysAServerWithAWarningNamingTheOverride() {
    assertTrue(local.find("Deployment", "selfservice-ui").isPresent());
    assertTrue(run.err().contains("services.selfservice-ui.restart: guessed a server (a Deployment) from restart on-failure"
        + " alone (no healthcheck, task command or name, or service reaching it); set x-compose2helm.kind to Job,"
        + " Deployment or StatefulSet to decide"), run.err());
    assertFalse(run.err().contains("services.migrate.restart"), "the command decided without doubt: " + run.err());
  }

  @Test
  void render_hookJob_runsAfterInstallAndBeforeUpgradeWaitingForItsDatabase() {
    Map<String, Object> job = local.get("Job", "schema");
    assertEquals(Map.of("example.com/was-hook", "post-install,pre-upgrade", "example.com/was-hook-weight", "0",
        "example.com/was-hook-delete-policy", "before-hook-creation"), get(job, "metadata.annotations"));
    List<?> init = (List<?>) pod(job, "initContainers");
    assertEquals(List.of("wait-for-db"), init.stream().map(c -> get(c, "name")).toList());
    assertTrue(String.valueOf(get(init.get(0), "command")).contains("nc -z -w 2 db 5432"), init.toString());
  }
}
