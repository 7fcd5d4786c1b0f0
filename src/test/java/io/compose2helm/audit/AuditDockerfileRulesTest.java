package io.compose2helm.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Each Dockerfile rule against a file that breaks it and one that follows the guidance. */
class AuditDockerfileRulesTest {

  private static List<String> where(DockerfileRule rule, BuiltImage image) {
    return rule.check(image).stream().map(f -> f.where() + " " + f.ruleId()).toList();
  }

  private static List<String> where(DockerfileRule rule, String dockerfile) {
    return where(rule, TestImages.image(dockerfile));
  }

  // shell-form-entrypoint

  @Test
  void shellFormEntrypoint_shellFormCmd_reportsLine() {
    assertEquals(List.of("shell-form-cmd.Dockerfile:5 shell-form-entrypoint"),
        where(new ShellFormEntrypointRule(), "shell-form-cmd.Dockerfile"));
  }

  @Test
  void shellFormEntrypoint_shellFormEntrypoint_reportsEntrypointNotIgnoredCmd() {
    assertEquals(List.of("shell-form-entrypoint.Dockerfile:3 shell-form-entrypoint"),
        where(new ShellFormEntrypointRule(), "shell-form-entrypoint.Dockerfile"));
  }

  @Test
  void shellFormEntrypoint_execForm_reportsNothing() {
    assertEquals(List.of(), where(new ShellFormEntrypointRule(), "exec-form-entrypoint.Dockerfile"));
  }

  @Test
  void shellFormEntrypoint_shellExecPrefix_reportsNothing() {
    assertEquals(List.of(), where(new ShellFormEntrypointRule(), "exec-in-shell.Dockerfile"));
  }

  @Test
  void shellFormEntrypoint_composeCommandOverridesCmd_reportsNothing() {
    BuiltImage image = TestImages.image("shell-form-cmd.Dockerfile");
    BuiltImage overridden = new BuiltImage(image.file(), image.dockerfile(), image.stage(), null,
        List.of("node", "src/server.js"), null);

    assertEquals(List.of(), where(new ShellFormEntrypointRule(), overridden));
  }

  @Test
  void shellFormEntrypoint_message_quotesTheCommand() {
    Finding finding =
        new ShellFormEntrypointRule().check(TestImages.image("shell-form-cmd.Dockerfile")).get(0);

    assertEquals("CMD in shell form runs under /bin/sh -c: node src/server.js", finding.message());
  }

  // broad-copy

  @Test
  void broadCopy_copyDotInBuilderAndAddDotInFinal_reportsBoth() {
    assertEquals(List.of("broad-copy.Dockerfile:3 broad-copy", "broad-copy.Dockerfile:8 broad-copy"),
        where(new BroadCopyRule(), "broad-copy.Dockerfile"));
  }

  @Test
  void broadCopy_selectiveCopies_reportsNothing() {
    assertEquals(List.of(), where(new BroadCopyRule(), "selective-copy.Dockerfile"));
  }

  // root-user

  @Test
  void rootUser_noUser_reportsFromLineAsError() {
    List<Finding> findings = new RootUserRule().check(TestImages.image("no-user.Dockerfile"));

    assertEquals(List.of("no-user.Dockerfile:1"), findings.stream().map(Finding::where).toList());
    assertEquals("error", findings.get(0).severity().label());
  }

  @Test
  void rootUser_lastUserIsUidZero_reportsThatUserLine() {
    assertEquals(List.of("user-root-last.Dockerfile:4 root-user"),
        where(new RootUserRule(), "user-root-last.Dockerfile"));
  }

  @Test
  void rootUser_userInheritedFromParentStage_reportsNothing() {
    assertEquals(List.of(), where(new RootUserRule(), "user-inherited.Dockerfile"));
  }

  @Test
  void rootUser_composeUserOverride_reportsNothing() {
    BuiltImage image = TestImages.image("no-user.Dockerfile");
    BuiltImage overridden =
        new BuiltImage(image.file(), image.dockerfile(), image.stage(), null, null, "1000:1000");

    assertEquals(List.of(), where(new RootUserRule(), overridden));
  }

  // fragmented-run

  @Test
  void fragmentedRun_twoInstallRuns_reportsFirstRun() {
    assertEquals(List.of("fragmented-installs.Dockerfile:3 fragmented-run"),
        where(new FragmentedRunRule(), "fragmented-installs.Dockerfile"));
  }

  @Test
  void fragmentedRun_threePlainRuns_reportsFirstRun() {
    assertEquals(List.of("fragmented-three-runs.Dockerfile:2 fragmented-run"),
        where(new FragmentedRunRule(), "fragmented-three-runs.Dockerfile"));
  }

  @Test
  void fragmentedRun_combinedRunAndSeparatedRuns_reportsNothing() {
    assertEquals(List.of(), where(new FragmentedRunRule(), "combined-runs.Dockerfile"));
  }

  // hardcoded-endpoint

  @Test
  void hardcodedEndpoint_argDefaultUrlAndDockerHost_reportsEach() {
    List<String> messages = new HardcodedEndpointRule()
        .check(TestImages.image("hardcoded-endpoints.Dockerfile")).stream()
        .map(f -> f.line() + " " + f.message()).toList();

    assertEquals(List.of(
            "2 ARG REGISTRY_MIRROR bakes in the endpoint registry.corp.example:5000",
            "3 ENV API_URL bakes in the endpoint http://api.internal:4001",
            "4 ENV OLLAMA_HOST bakes in the endpoint host.docker.internal"),
        messages);
  }

  @Test
  void hardcodedEndpoint_localhostVariablesAndNonHosts_reportsNothing() {
    assertEquals(List.of(), where(new HardcodedEndpointRule(), "runtime-endpoints.Dockerfile"));
  }
}
