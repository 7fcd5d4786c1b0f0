package io.compose2helm.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.compose2helm.chart.DeployScriptSandbox.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeployScriptOptionsTest {

  @TempDir Path temp;

  @Test
  void run_skipBuild_buildsNothing() {
    DeployScriptSandbox sandbox = DeployScriptSandbox.create(temp, DeployScriptFixtures.threeServices());

    Result result = sandbox.run("--skip-build");

    assertEquals(0, result.exitCode(), result.stderr());
    assertEquals(
        DeployScriptCalls.in(sandbox)
            .add(DeployScriptCalls.CURRENT_CONTEXT)
            .namespaceAndSecret("bytelyst", sandbox.fromScript(".env.ecosystem"))
            .helm("bytelyst")
            .rollouts("bytelyst", "180s")
            .toList(),
        sandbox.calls());
  }

  @Test
  void run_dryRunDockerDesktop_printsCommandsAndCallsOnlyReadOnlyQueries() {
    DeployScriptSandbox sandbox = DeployScriptSandbox.create(temp, DeployScriptFixtures.threeServices());

    Result result = sandbox.run("--dry-run");

    assertEquals(0, result.exitCode(), result.stderr());
    assertEquals(List.of(DeployScriptCalls.CURRENT_CONTEXT), sandbox.calls());
    List<String> printed = DeployScriptCalls.in(sandbox)
        .builds()
        .add("kubectl create namespace bytelyst --dry-run=client -o yaml | kubectl apply -f -",
            "kubectl create secret generic bytelyst-env --from-env-file=" + sandbox.fromScript(".env.ecosystem")
                + " -n bytelyst --dry-run=client -o yaml | kubectl apply -f -")
        .helm("bytelyst")
        .rollouts("bytelyst", "180s")
        .printed();
    assertEquals(printed, result.commandLines());
  }

  @Test
  void run_dryRunK3s_printsImportsAndHostGatewayWithoutCallingThem() {
    DeployScriptSandbox sandbox = DeployScriptSandbox.create(temp, DeployScriptFixtures.threeServices())
        .k3s("k3s-lab");

    Result result = sandbox.run("--dry-run", "--skip-build");

    assertEquals(0, result.exitCode(), result.stderr());
    assertEquals(List.of(DeployScriptCalls.CURRENT_CONTEXT, DeployScriptCalls.NODE_IP), sandbox.calls());
    List<String> commands = result.commandLines();
    assertEquals("+ docker save bytelyst/api:local | sudo k3s ctr images import -", commands.get(0));
    assertEquals("+ docker save bytelyst/web:local | sudo k3s ctr images import -", commands.get(1));
    assertTrue(commands.get(4).endsWith(" --set hostGateway.ip=" + DeployScriptSandbox.NODE_IP), commands.get(4));
  }

  @Test
  void run_namespaceEnvFileAndTimeout_areUsedEverywhere() throws Exception {
    DeployScriptSandbox sandbox = DeployScriptSandbox.create(temp, DeployScriptFixtures.threeServices());
    Files.writeString(sandbox.workDir.resolve("team.env"), "DB_PASSWORD=other\n");

    Result result = sandbox.run("--namespace", "team-a", "--env-file", "team.env", "--timeout", "60s", "--skip-build");

    assertEquals(0, result.exitCode(), result.stderr());
    assertEquals(
        DeployScriptCalls.in(sandbox)
            .add(DeployScriptCalls.CURRENT_CONTEXT)
            .namespaceAndSecret("team-a", "team.env")
            .helm("team-a")
            .rollouts("team-a", "60s")
            .toList(),
        sandbox.calls());
    assertTrue(result.stdout().contains("  kubectl port-forward -n team-a svc/api 4001:4001\n"), result.stdout());
  }

  @Test
  void run_help_printsUsageAndCallsNothing() {
    DeployScriptSandbox sandbox = DeployScriptSandbox.create(temp, DeployScriptFixtures.threeServices());

    Result result = sandbox.run("--help");

    assertEquals(0, result.exitCode(), result.stderr());
    for (String option : List.of("--namespace NS", "--env-file FILE", "--timeout", "--skip-build", "--dry-run")) {
      assertTrue(result.stdout().contains(option), option + " missing from:\n" + result.stdout());
    }
    assertTrue(result.stdout().contains("default: bytelyst"), result.stdout());
    assertEquals(List.of(), sandbox.calls());
  }

  @Test
  void run_unknownOption_exitsWithUsageError() {
    DeployScriptSandbox sandbox = DeployScriptSandbox.create(temp, DeployScriptFixtures.threeServices());

    Result result = sandbox.run("--frobnicate");

    assertEquals(2, result.exitCode());
    assertTrue(result.stderr().contains("unknown option: --frobnicate"), result.stderr());
    assertEquals(List.of(), sandbox.calls());
  }

  @Test
  void run_optionWithoutValue_exitsWithUsageError() {
    DeployScriptSandbox sandbox = DeployScriptSandbox.create(temp, DeployScriptFixtures.threeServices());

    Result result = sandbox.run("--namespace");

    assertEquals(2, result.exitCode());
    assertTrue(result.stderr().contains("--namespace needs a value"), result.stderr());
    assertEquals(List.of(), sandbox.calls());
  }
}
