package io.compose2helm.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.compose2helm.chart.DeployScriptModel.SecretKey;
import io.compose2helm.chart.DeployScriptSandbox.Result;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** deploy-local.sh refuses an env file that lacks a secret key, and fills one with its Compose default. */
class DeployScriptSecretKeysTest {

  @TempDir java.nio.file.Path temp;

  private static DeployScriptModel withKeys(SecretKey... keys) {
    DeployScriptModel base = DeployScriptFixtures.threeServices();
    return new DeployScriptModel(base.chartName(), base.chartDir(), base.secretName(), base.envFile(),
        base.defaultNamespace(), base.services(), List.of(keys));
  }

  @Test
  void run_keyMissingWithoutDefault_failsNamingItBeforeAnyChange() {
    DeployScriptSandbox sandbox = DeployScriptSandbox.create(temp, withKeys(
        new SecretKey("DB_PASSWORD", Optional.empty()), new SecretKey("JWT_SECRET", Optional.empty())));

    Result result = sandbox.run("--skip-build");

    assertEquals(1, result.exitCode(), result.stdout());
    assertTrue(result.stderr().contains("lacks the secret keys JWT_SECRET"), result.stderr());
    assertFalse(result.stderr().contains("DB_PASSWORD"), result.stderr());
    assertTrue(sandbox.calls().stream().noneMatch(call -> call.startsWith("kubectl create")), sandbox.calls().toString());
  }

  @Test
  void run_keyMissingWithComposeDefault_isFilledInACopyOfTheEnvFile() {
    DeployScriptSandbox sandbox = DeployScriptSandbox.create(temp, withKeys(
        new SecretKey("DB_PASSWORD", Optional.empty()), new SecretKey("PW", Optional.of("zam mad's"))));

    Result result = sandbox.run("--skip-build");

    assertEquals(0, result.exitCode(), result.stderr());
    assertTrue(result.stdout().contains("PW is not in " + sandbox.fromScript(".env.ecosystem") + ": using the Compose default"),
        result.stdout());
    String secretCall = sandbox.calls().stream().filter(call -> call.startsWith("kubectl create secret")).findFirst()
        .orElseThrow();
    assertFalse(secretCall.contains(sandbox.fromScript(".env.ecosystem")), secretCall);
  }

  @Test
  void run_everyKeyPresent_createsTheSecretFromTheEnvFileItself() {
    DeployScriptSandbox sandbox = DeployScriptSandbox.create(temp, withKeys(
        new SecretKey("DB_PASSWORD", Optional.of("ignored"))));

    Result result = sandbox.run("--skip-build");

    assertEquals(0, result.exitCode(), result.stderr());
    assertTrue(sandbox.calls().contains("kubectl create secret generic bytelyst-env --from-env-file="
        + sandbox.fromScript(".env.ecosystem") + " -n bytelyst --dry-run=client -o yaml"), sandbox.calls().toString());
  }
}
