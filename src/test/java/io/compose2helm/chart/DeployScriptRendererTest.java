package io.compose2helm.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.compose2helm.chart.DeployScriptModel.ImageBuild;
import io.compose2helm.chart.DeployScriptModel.PortHint;
import io.compose2helm.chart.DeployScriptModel.Service;
import io.compose2helm.chart.DeployScriptSandbox.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeployScriptRendererTest {

  private static final String HOSTILE = "x'$(touch pwned)`touch pwned2`;touch pwned3";

  @TempDir Path temp;

  @Test
  void render_threeServices_startsWithShebangAndStrictMode() {
    String script = new DeployScriptRenderer(null).render(DeployScriptFixtures.threeServices());

    assertTrue(script.startsWith("#!/usr/bin/env bash\n"), script);
    assertTrue(script.contains("\nset -euo pipefail\n"), script);
    assertFalse(script.contains("[#"), "FreeMarker tags leaked into the script");
  }

  @Test
  void render_servicesNotAwaited_areLeftOutOfTheRolloutWaits() {
    DeployScriptModel model = new DeployScriptModel("c", "c", "c-env", ".env", "c", List.of(
        new Service("migrate", "tools/migrate:1", Optional.empty(), Optional.empty(), null),
        new Service("api", "api:1", Optional.empty(), Optional.empty(), "deployment")));

    String script = new DeployScriptRenderer(null).render(model);

    assertTrue(script.contains("  wait_for_rollout 'deployment/api'\n"), script);
    assertFalse(script.contains("migrate'\n"), script);
  }

  @Test
  void render_userTemplateDirectory_overridesTheBuiltInScript() throws Exception {
    Path user = temp.resolve("templates");
    Files.createDirectories(user.resolve("deploy"));
    Files.writeString(user.resolve(DeployScriptRenderer.TEMPLATE), "#!/bin/sh\necho [=chartName]\n");

    String script = new DeployScriptRenderer(user).render(DeployScriptFixtures.threeServices());

    assertEquals("#!/bin/sh\necho 'bytelyst'\n", script);
  }

  @Test
  void run_hostileNamesInDryRun_areTakenLiterally() {
    DeployScriptModel model = new DeployScriptModel(HOSTILE, "chart", HOSTILE, ".env.ecosystem", HOSTILE, List.of(
        new Service(HOSTILE, "img:" + HOSTILE,
            Optional.of(new ImageBuild("ctx dir", "ctx dir/Dockerfile", Optional.of(HOSTILE))),
            Optional.of(new PortHint(80, 8080)), "deployment")));
    DeployScriptSandbox sandbox = DeployScriptSandbox.create(temp, model);

    Result result = sandbox.run("--dry-run");

    assertEquals(0, result.exitCode(), result.stderr());
    for (String file : List.of("pwned", "pwned2", "pwned3")) {
      assertFalse(Files.exists(sandbox.workDir.resolve(file)), file + " was created");
      assertFalse(Files.exists(sandbox.scriptDir.resolve(file)), file + " was created");
    }
    assertTrue(result.stdout().contains("deployment/x\\'\\$\\(touch\\ pwned\\)"), result.stdout());
    assertTrue(result.stdout().contains(sandbox.fromScript("ctx dir").replace(" ", "\\ ")), result.stdout());
  }
}
