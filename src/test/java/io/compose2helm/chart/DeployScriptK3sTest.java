package io.compose2helm.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.compose2helm.chart.DeployScriptSandbox.Result;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeployScriptK3sTest {

  private static final String HOST_GATEWAY = "hostGateway.ip=" + DeployScriptSandbox.NODE_IP;

  @TempDir Path temp;

  @Test
  void run_k3sContextAsUser_importsWithSudoAndSetsHostGateway() {
    DeployScriptSandbox sandbox = DeployScriptSandbox.create(temp, DeployScriptFixtures.threeServices())
        .k3s("k3s-lab");

    Result result = sandbox.run();

    assertEquals(0, result.exitCode(), result.stderr());
    assertEquals(
        DeployScriptCalls.in(sandbox)
            .add(DeployScriptCalls.CURRENT_CONTEXT)
            .builds()
            .imports(true)
            .namespaceAndSecret("bytelyst", sandbox.fromScript(".env.ecosystem"))
            .add(DeployScriptCalls.NODE_IP)
            .helm("bytelyst", "--set", HOST_GATEWAY)
            .rollouts("bytelyst", "180s")
            .toList(),
        sandbox.calls());
    assertTrue(result.stdout().contains("K3s (kubectl context 'k3s-lab')"), result.stdout());
  }

  @Test
  void run_k3sAsRoot_importsWithoutSudo() {
    DeployScriptSandbox sandbox = DeployScriptSandbox.create(temp, DeployScriptFixtures.threeServices())
        .k3s("k3s-lab")
        .with("FAKE_UID", "0");

    Result result = sandbox.run();

    assertEquals(0, result.exitCode(), result.stderr());
    assertEquals(
        DeployScriptCalls.in(sandbox).imports(false).toList(),
        sandbox.calls().stream().filter(call -> call.startsWith("docker save") || call.contains(" ctr ")).toList());
  }

  @Test
  void run_k3sCtrOverride_importsWithThatCommand() {
    DeployScriptSandbox sandbox = DeployScriptSandbox.create(temp, DeployScriptFixtures.threeServices())
        .k3s("k3d-lab")
        .with("K3S_CTR", "k3s ctr --address /run/k3s/containerd/containerd.sock");

    Result result = sandbox.run();

    assertEquals(0, result.exitCode(), result.stderr());
    assertTrue(sandbox.calls().contains(
        "k3s ctr --address /run/k3s/containerd/containerd.sock images import - < image-tar(bytelyst/api:local)"),
        String.join("\n", sandbox.calls()));
    assertTrue(sandbox.calls().stream().noneMatch(call -> call.startsWith("sudo")));
  }

  @Test
  void run_defaultContextOnK3sNode_isK3s() {
    DeployScriptSandbox sandbox = DeployScriptSandbox.create(temp, DeployScriptFixtures.threeServices())
        .k3s("default");

    Result result = sandbox.run("--skip-build");

    assertEquals(0, result.exitCode(), result.stderr());
    assertEquals(
        DeployScriptCalls.in(sandbox)
            .add(DeployScriptCalls.CURRENT_CONTEXT, DeployScriptCalls.KUBELET_VERSION)
            .imports(true)
            .namespaceAndSecret("bytelyst", sandbox.fromScript(".env.ecosystem"))
            .add(DeployScriptCalls.NODE_IP)
            .helm("bytelyst", "--set", HOST_GATEWAY)
            .rollouts("bytelyst", "180s")
            .toList(),
        sandbox.calls());
    assertTrue(result.stdout().contains("K3s (kubectl context 'default')"), result.stdout());
  }

  @Test
  void run_k3sWithoutNodeIp_failsBeforeHelm() {
    DeployScriptSandbox sandbox = DeployScriptSandbox.create(temp, DeployScriptFixtures.threeServices())
        .k3s("k3s-lab")
        .with("FAKE_NODE_IP", "");

    Result result = sandbox.run();

    assertEquals(1, result.exitCode());
    assertTrue(result.stderr().contains("InternalIP"), result.stderr());
    assertTrue(sandbox.calls().stream().noneMatch(call -> call.startsWith("helm")));
  }
}
