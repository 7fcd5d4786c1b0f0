package io.compose2helm.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs shellcheck over rendered scripts where it is installed; CI without it skips these. */
class DeployScriptShellcheckTest {

  @TempDir Path temp;

  @Test
  void shellcheck_threeServices_reportsNothing() throws Exception {
    assertShellcheckClean(DeployScriptFixtures.threeServices());
  }

  @Test
  void shellcheck_noServices_reportsNothing() throws Exception {
    assertShellcheckClean(DeployScriptFixtures.noServices());
  }

  private void assertShellcheckClean(DeployScriptModel model) throws IOException, InterruptedException {
    assumeTrue(DeployScriptSandbox.onPath("shellcheck"), "shellcheck is not on PATH");
    Path script = temp.resolve(DeployScriptRenderer.FILE_NAME);
    Files.writeString(script, new DeployScriptRenderer(null).render(model));
    Path report = temp.resolve("shellcheck.txt");
    Process process = new ProcessBuilder("shellcheck", "--shell=bash", "--severity=style", script.toString())
        .redirectErrorStream(true)
        .redirectOutput(report.toFile())
        .start();
    assertEquals(true, process.waitFor(60, TimeUnit.SECONDS), "shellcheck timed out");
    assertEquals(0, process.exitValue(), Files.readString(report));
  }
}
