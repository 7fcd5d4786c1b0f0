package io.compose2helm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.compose2helm.it.Conversion.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Compose semantics from compose-go's own test cases, run through the CLI as a user would. */
class ComposeSemanticsTest {

  @TempDir Path temp;

  private Path write(String name, String text) throws IOException {
    return Files.writeString(temp.resolve(name), text);
  }

  @Test
  void config_envFileKeysWithDotsAndDashes_areAccepted() throws IOException {
    write("app.env", "VAR.WITH.DOTS=dots\nVAR-WITH-DASHES=dashes\n");
    Path compose = write("compose.yaml", "services:\n  web:\n    image: example/web:1.0\n    env_file: app.env\n");
    Run run = Conversion.run("config", compose.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("      VAR-WITH-DASHES: dashes\n      VAR.WITH.DOTS: dots\n"), run.out());
    assertEquals(0, Conversion.run(compose.toString(), "-o", temp.resolve("out").toString(), "-q").exitCode());
  }

  @Test
  void config_osEnv_processValueWinsInsideTheEnvFileOverAnEarlierKey() throws IOException {
    write(".env", "BAR=from-file\nFOO=${BAR}-foo\n");
    write("app.env", "BAR=from-app\nBAZ=${BAR}-baz\n");
    Path compose = write("compose.yaml", "services:\n  web:\n    image: example/web:1.0\n    env_file: app.env\n"
        + "    environment: [FOO]\n");
    Run run = Conversion.runWithEnvironment(Map.of("BAR", "from-os"), "config", compose.toString(), "--os-env");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("      BAZ: from-os-baz\n"), run.out());
    assertTrue(run.out().contains("      FOO: from-os-foo\n"), run.out());

    Run withoutOsEnv = Conversion.runWithEnvironment(Map.of("BAR", "from-os"), "config", compose.toString());
    assertTrue(withoutOsEnv.out().contains("      FOO: from-file-foo\n"), withoutOsEnv.out());
    assertTrue(withoutOsEnv.out().contains("      BAZ: from-file-baz\n"), "the project .env is the lookup: " + withoutOsEnv.out());
  }

  @Test
  void convert_curlWithoutSchemeAndCurlOverHttps_becomeHttpGetProbes() throws IOException {
    Path compose = write("compose.yaml", "services:\n"
        + "  search:\n    image: example/search:8\n    ports: [\"9200:9200\"]\n"
        + "    healthcheck:\n      test: curl --fail localhost:9200/_cluster/health || exit 1\n"
        + "  tls:\n    image: example/tls:1\n    ports: [\"8443:8443\"]\n"
        + "    healthcheck:\n      test: [\"CMD\", \"curl\", \"-fk\", \"https://localhost:8443/health\"]\n");
    Path chart = temp.resolve("out");
    Run run = Conversion.run(compose.toString(), "-o", chart.toString(), "-q");
    assertEquals(0, run.exitCode(), run.err());
    String manifests = ChartValidation.validateAllEnvironments(chart).get("prod");
    assertTrue(manifests.contains("readinessProbe:\n            failureThreshold: 3\n            httpGet:\n"
        + "              path: /_cluster/health\n              port: 9200\n            initialDelaySeconds"), manifests);
    assertTrue(manifests.contains("readinessProbe:\n            failureThreshold: 3\n            httpGet:\n"
        + "              path: /health\n              port: 8443\n              scheme: HTTPS\n"), manifests);
  }
}
