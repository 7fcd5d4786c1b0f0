package io.compose2helm.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.compose2helm.chart.DeployScriptSandbox.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeployScriptFailureTest {

  @TempDir Path temp;

  @Test
  void run_unknownContext_failsNamingItAndChangesNothing() {
    DeployScriptSandbox sandbox = DeployScriptSandbox.create(temp, DeployScriptFixtures.threeServices())
        .with("FAKE_CONTEXT", "minikube");

    Result result = sandbox.run();

    assertEquals(1, result.exitCode());
    assertTrue(result.stderr().contains("kubectl context 'minikube' is neither"), result.stderr());
    assertEquals(List.of(DeployScriptCalls.CURRENT_CONTEXT), sandbox.calls());
  }

  @Test
  void run_clusterOption_namesTheKindForAnyContext() {
    DeployScriptSandbox sandbox = DeployScriptSandbox.create(temp, DeployScriptFixtures.threeServices())
        .with("FAKE_CONTEXT", "team-lab");

    Result result = sandbox.run("--cluster", "docker-desktop", "--skip-build");

    assertEquals(0, result.exitCode(), result.stderr());
    assertTrue(result.stdout().contains("Docker Desktop Kubernetes (kubectl context 'team-lab', set by --cluster 'docker-desktop')"),
        result.stdout());
  }

  @Test
  void run_noContext_failsUnlessTheKindIsNamed() {
    DeployScriptSandbox sandbox = DeployScriptSandbox.create(temp, DeployScriptFixtures.threeServices())
        .with("FAKE_NO_CONTEXT", "1");

    Result detect = sandbox.run("--dry-run");
    assertEquals(1, detect.exitCode());
    assertTrue(detect.stderr().contains("kubectl has no current context"), detect.stderr());

    Result named = sandbox.run("--dry-run", "--cluster", "docker-desktop");
    assertEquals(0, named.exitCode(), named.stderr());
    assertTrue(named.stdout().contains("kubectl context 'none', set by --cluster 'docker-desktop'"), named.stdout());
    assertTrue(named.stdout().contains("+ helm upgrade --install bytelyst"), named.stdout());
  }

  @Test
  void run_unknownClusterKind_isAUsageError() {
    DeployScriptSandbox sandbox = DeployScriptSandbox.create(temp, DeployScriptFixtures.threeServices())
        .with("FAKE_CONTEXT", "team-lab");

    Result result = sandbox.run("--cluster", "minikube");

    assertEquals(2, result.exitCode(), result.stderr());
    assertTrue(result.stderr().contains("--cluster must be docker-desktop or k3s, not 'minikube'"), result.stderr());
  }

  @Test
  void run_defaultContextOnOtherNode_failsAndChangesNothing() {
    DeployScriptSandbox sandbox = DeployScriptSandbox.create(temp, DeployScriptFixtures.threeServices())
        .with("FAKE_CONTEXT", "default")
        .with("FAKE_KUBELET_VERSION", "v1.30.4-eks-1");

    Result result = sandbox.run();

    assertEquals(1, result.exitCode());
    assertTrue(result.stderr().contains("kubectl context 'default' is neither"), result.stderr());
    assertEquals(List.of(DeployScriptCalls.CURRENT_CONTEXT, DeployScriptCalls.KUBELET_VERSION), sandbox.calls());
  }

  @Test
  void run_missingDefaultEnvFile_failsNamingItBeforeAnyCommand() throws Exception {
    DeployScriptSandbox sandbox = DeployScriptSandbox.create(temp, DeployScriptFixtures.threeServices());
    Files.delete(sandbox.scriptDir.resolve(".env.ecosystem"));

    Result result = sandbox.run();

    assertEquals(1, result.exitCode());
    assertTrue(result.stderr().contains("env file not found: " + sandbox.fromScript(".env.ecosystem")),
        result.stderr());
    assertEquals(List.of(), sandbox.calls());
  }

  @Test
  void run_missingEnvFileOption_failsNamingItBeforeAnyCommand() {
    DeployScriptSandbox sandbox = DeployScriptSandbox.create(temp, DeployScriptFixtures.threeServices());

    Result result = sandbox.run("--env-file", "nowhere/.env", "--dry-run");

    assertEquals(1, result.exitCode());
    assertTrue(result.stderr().contains("env file not found: nowhere/.env"), result.stderr());
    assertEquals(List.of(), sandbox.calls());
  }

  @Test
  void run_missingChart_failsBeforeAnyCommand() throws Exception {
    DeployScriptSandbox sandbox = DeployScriptSandbox.create(temp, DeployScriptFixtures.threeServices());
    Files.delete(sandbox.scriptDir.resolve("bytelyst/env/local.yaml"));

    Result result = sandbox.run();

    assertEquals(1, result.exitCode());
    assertTrue(result.stderr().contains("local overlay not found"), result.stderr());
    assertEquals(List.of(), sandbox.calls());
  }

  @Test
  void run_failingBuild_stopsBeforeTheCluster() throws Exception {
    DeployScriptSandbox sandbox = DeployScriptSandbox.create(temp, DeployScriptFixtures.threeServices());
    Path failingDocker = temp.resolve("bin/docker");
    Files.writeString(failingDocker, "#!/usr/bin/env bash\nprintf 'docker %s\\n' \"$*\" >>\"$FAKE_LOG\"\nexit 3\n");

    Result result = sandbox.run();

    assertEquals(3, result.exitCode());
    List<String> calls = sandbox.calls();
    assertEquals(2, calls.size(), String.join("\n", calls));
    assertTrue(calls.get(1).startsWith("docker build -t bytelyst/api:local"), calls.get(1));
  }
}
