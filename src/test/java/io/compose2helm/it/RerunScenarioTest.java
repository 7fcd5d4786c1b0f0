package io.compose2helm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.compose2helm.it.Conversion.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import io.compose2helm.testing.FileTrees;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The re-run story of issue 5, on a copy of the bytelyst sample: the user's overlay edits survive,
 * Compose changes reach values.yaml, drift is reported, hand edits to generated files stop the run
 * and {@code check} tells a stale chart from a fresh one.
 */
class RerunScenarioTest {

  private static final int STALE = 1;
  private static final int HAND_EDITED = 3;

  @TempDir Path temp;
  private Path compose;
  private Path chart;

  @BeforeEach
  void copySample() throws IOException {
    Path source = Path.of("samples/bytelyst");
    Path sample = temp.resolve("bytelyst");
    FileTrees.copy(source, sample);
    compose = sample.resolve("docker-compose.yml");
    chart = temp.resolve("chart");
    Conversion.convert(compose, chart);
  }

  @Test
  void convert_afterOverlayAndComposeChanges_keepsEditsAddsServiceAndReportsDrift() throws IOException {
    assertEquals(0, check().exitCode());
    Path prod = chart.resolve("env/prod.yaml");
    String editedProd = Files.readString(prod).replace("domain: example.com", "domain: bytelyst.io # our real domain")
        + "services:\n  admin:\n    replicas: 3\n";
    Files.writeString(prod, editedProd);
    assertEquals(0, check().exitCode(), "overlays belong to the user: editing one does not make the chart stale");

    editCompose(text -> removeService(text, "admin")
        .replace("  web:\n", "  mailer:\n    image: axllent/mailpit:v1.20\n    expose:\n      - \"8025\"\n\n  web:\n")
        .replace("\"3000:3000\"", "\"3000:3100\""));
    Run stale = check();
    assertEquals(STALE, stale.exitCode());
    assertTrue(stale.out().contains("+++ b/values.yaml"), stale.out());

    Run rerun = Conversion.run(compose.toString(), "-o", chart.toString());
    assertEquals(0, rerun.exitCode(), rerun.err());
    assertEquals(editedProd, Files.readString(prod), "the overlay is byte-identical, comment included");
    String values = Files.readString(chart.resolve("values.yaml"));
    assertTrue(values.contains("\n  mailer:\n"), "the new service is in values.yaml");
    assertFalse(values.contains("\n  admin:\n"), "the removed service is gone from values.yaml");
    assertTrue(values.contains("containerPort: 3100"), "the changed port is in values.yaml");
    assertTrue(rerun.err().contains("env/prod.yaml:") && rerun.err().contains("services.admin: service 'admin' is no longer"),
        rerun.err());
    assertTrue(rerun.err().contains("services.mailer: service 'mailer' is new"), rerun.err());
    assertEquals(0, check().exitCode(), "right after a re-run the chart is up to date");
  }

  @Test
  void convert_serviceRemovedWithoutOverlaySettings_isStillReported() throws IOException {
    editCompose(text -> removeService(text, "admin"));
    Run rerun = Conversion.run(compose.toString(), "-o", chart.toString());
    assertEquals(0, rerun.exitCode(), rerun.err());
    assertTrue(rerun.err().contains("services.admin: service 'admin' is no longer in the Compose file: its objects are"
        + " deleted by the next helm upgrade"), rerun.err());
  }

  @Test
  void convert_handEditedValues_refusesAndLeavesEveryFileUntilForced() throws IOException {
    Path values = chart.resolve("values.yaml");
    String generated = Files.readString(values);
    Files.writeString(values, generated.replace("\n  web:\n", "\n  web: # tuned by hand\n"));
    Map<String, String> before = Conversion.readTree(chart);

    Run refused = Conversion.run(compose.toString(), "-o", chart.toString());
    assertEquals(HAND_EDITED, refused.exitCode());
    assertTrue(refused.err().contains("values.yaml was edited by hand"), refused.err());
    assertTrue(refused.err().contains("overlay in env/"), refused.err());
    assertTrue(refused.err().contains("--force"), refused.err());
    assertEquals(before, Conversion.readTree(chart), "a refused run changes nothing");

    Run forced = Conversion.run(compose.toString(), "-o", chart.toString(), "--force");
    assertEquals(0, forced.exitCode(), forced.err());
    assertEquals(generated, Files.readString(values));
    assertEquals(0, check().exitCode());
  }

  @Test
  void check_afterEnvFileChange_isStaleUntilRerun() throws IOException {
    Path envFile = compose.resolveSibling(".env.ecosystem");
    Files.writeString(envFile, Files.readString(envFile).replace("LOG_LEVEL=info", "LOG_LEVEL=debug"));
    Map<String, String> before = Conversion.readTree(chart);
    Run stale = check();
    assertEquals(STALE, stale.exitCode());
    assertTrue(stale.out().contains("+") && stale.out().contains("debug"), stale.out());
    assertEquals(before, Conversion.readTree(chart), "check never writes");

    Conversion.convert(compose, chart);
    assertEquals(0, check().exitCode());
  }

  @Test
  void convert_chartVersion_isKeptAcrossRerunsUnlessBumped() throws IOException {
    Path chartYaml = chart.resolve("Chart.yaml");
    Files.writeString(chartYaml, Files.readString(chartYaml).replace("version: 0.1.0\n", "version: 1.4.0\n"));
    Conversion.convert(compose, chart);
    assertTrue(Files.readString(chartYaml).contains("\nversion: 1.4.0\n"), "a hand-set version is kept, not an edit to refuse");

    Run bumped = Conversion.run(compose.toString(), "-o", chart.toString(), "--bump", "minor", "--app-version", "2.0.0");
    assertEquals(0, bumped.exitCode(), bumped.err());
    String text = Files.readString(chartYaml);
    assertTrue(text.contains("\nversion: 1.5.0\n") && text.contains("appVersion: 2.0.0"), text);
    Conversion.convert(compose, chart);
    assertTrue(Files.readString(chartYaml).contains("appVersion: 2.0.0"), "the app version is kept too");
  }

  @Test
  void convert_resetOverlays_rewritesTheOverlays() throws IOException {
    Path local = chart.resolve("env/local.yaml");
    String generated = Files.readString(local);
    Files.writeString(local, "forceReplicas: 1\n");
    Conversion.convert(compose, chart);
    assertEquals("forceReplicas: 1\n", Files.readString(local));
    assertEquals(0, Conversion.run(compose.toString(), "-o", chart.toString(), "--reset-overlays").exitCode());
    assertEquals(generated, Files.readString(local));
  }

  @Test
  void convert_chart_listsTheManifestInHelmignore() throws IOException {
    assertTrue(Files.isRegularFile(chart.resolve(".compose2helm/manifest.yaml")));
    assertTrue(Files.readString(chart.resolve(".helmignore")).contains(".compose2helm/"));
  }

  private Run check() {
    return Conversion.run("check", compose.toString(), "-o", chart.toString(), "-q");
  }

  private void editCompose(java.util.function.UnaryOperator<String> edit) throws IOException {
    Files.writeString(compose, edit.apply(Files.readString(compose)));
  }

  /** Cuts a top-level service block: from its comment or name line to the blank line after it. */
  static String removeService(String compose, String name) {
    int start = compose.indexOf("\n  " + name + ":\n") + 1;
    int end = compose.indexOf("\n\n", start);
    return compose.substring(0, start) + compose.substring(end + 2);
  }
}
