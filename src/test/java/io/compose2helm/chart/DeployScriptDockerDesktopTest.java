package io.compose2helm.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.compose2helm.chart.DeployScriptSandbox.Result;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeployScriptDockerDesktopTest {

  @TempDir Path temp;

  @Test
  void run_dockerDesktopContext_buildsAppliesInstallsAndWaitsWithoutImporting() {
    DeployScriptSandbox sandbox = DeployScriptSandbox.create(temp, DeployScriptFixtures.threeServices());

    Result result = sandbox.run();

    assertEquals(0, result.exitCode(), result.stderr());
    assertEquals(
        DeployScriptCalls.in(sandbox)
            .add(DeployScriptCalls.CURRENT_CONTEXT)
            .builds()
            .namespaceAndSecret("bytelyst", sandbox.fromScript(".env.ecosystem"))
            .helm("bytelyst")
            .rollouts("bytelyst", "180s")
            .toList(),
        sandbox.calls());
    assertTrue(result.stdout().contains("Docker Desktop Kubernetes (kubectl context 'docker-desktop')"),
        result.stdout());
  }

  @Test
  void run_legacyDockerForDesktopContext_isDockerDesktop() {
    DeployScriptSandbox sandbox = DeployScriptSandbox.create(temp, DeployScriptFixtures.threeServices())
        .with("FAKE_CONTEXT", "docker-for-desktop");

    Result result = sandbox.run();

    assertEquals(0, result.exitCode(), result.stderr());
    assertTrue(result.stdout().contains("Docker Desktop Kubernetes (kubectl context 'docker-for-desktop')"));
  }

  @Test
  void run_success_printsVerificationAndPortForwardHints() {
    DeployScriptSandbox sandbox = DeployScriptSandbox.create(temp, DeployScriptFixtures.threeServices());

    Result result = sandbox.run();

    assertEquals(0, result.exitCode(), result.stderr());
    String out = result.stdout();
    assertTrue(out.contains("  kubectl get pods -n bytelyst\n"), out);
    assertTrue(out.contains("  kubectl port-forward -n bytelyst svc/api 4001:4001\n"), out);
    assertTrue(out.contains("  kubectl port-forward -n bytelyst svc/web 8080:3000\n"), out);
    assertTrue(!out.contains("svc/redis"), "redis has no port: " + out);
  }

  /** Both clusters have a default class (hostpath, local-path), so the script names none and asks for none. */
  @Test
  void run_eitherCluster_leavesTheStorageClassToTheClusterDefault() {
    for (String context : new String[] {"docker-desktop", "k3s-lab"}) {
      DeployScriptSandbox sandbox = DeployScriptSandbox.create(temp.resolve(context), DeployScriptFixtures.threeServices());
      if (context.startsWith("k3s")) {
        sandbox.k3s(context);
      }

      Result result = sandbox.run();

      assertEquals(0, result.exitCode(), result.stderr());
      assertTrue(sandbox.calls().stream().anyMatch(call -> call.startsWith("helm upgrade --install")), context);
      assertTrue(sandbox.calls().stream().noneMatch(call -> call.toLowerCase(java.util.Locale.ROOT).contains("storage")),
          String.join("\n", sandbox.calls()));
    }
  }
}
