package io.compose2helm.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HelmChecksTest {

  @TempDir Path tmp;

  @Test
  void lintStrict_validChart_passes() {
    HelmChecks.lintStrict(HarnessFixtures.validChart());
  }

  @Test
  void lintStrict_brokenTemplate_failsWithHelmMessage() throws IOException {
    Path chart = HarnessFixtures.copyOfValidChart(tmp);
    Files.writeString(chart.resolve("templates/broken.yaml"), "{{ if }}\n");

    AssertionError error = assertThrows(AssertionError.class, () -> HelmChecks.lintStrict(chart));

    assertTrue(error.getMessage().contains("[ERROR] templates/"), error.getMessage());
    assertTrue(error.getMessage().contains("missing value for if"), error.getMessage());
  }

  @Test
  void lintStrict_missingChartVersion_failsWithAllMessages() throws IOException {
    Path chart = HarnessFixtures.copyOfValidChart(tmp);
    Path chartYaml = chart.resolve("Chart.yaml");
    Files.writeString(chartYaml, Files.readString(chartYaml).replace("version: 0.1.0\n", ""));

    AssertionError error = assertThrows(AssertionError.class, () -> HelmChecks.lintStrict(chart));

    assertTrue(error.getMessage().contains("[ERROR] Chart.yaml: version is required"),
        error.getMessage());
    assertTrue(error.getMessage().contains("unable to load chart"), error.getMessage());
  }

  @Test
  void lintStrict_deprecationWarningOnly_failsBecauseStrict() throws IOException {
    Path chart = HarnessFixtures.copyOfValidChart(tmp);
    Files.writeString(chart.resolve("templates/old-ingress.yaml"), """
        apiVersion: extensions/v1beta1
        kind: Ingress
        metadata:
          name: old
        spec: {}
        """);

    AssertionError error = assertThrows(AssertionError.class, () -> HelmChecks.lintStrict(chart));

    assertTrue(error.getMessage().contains("[WARNING] templates/old-ingress.yaml"),
        error.getMessage());
  }

  @Test
  void lintStrict_invalidObjectName_failsBecauseStrict() throws IOException {
    Path chart = HarnessFixtures.copyOfValidChart(tmp);
    Files.writeString(chart.resolve("templates/bad-name.yaml"), """
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: Bad_Name
        """);

    AssertionError error = assertThrows(AssertionError.class, () -> HelmChecks.lintStrict(chart));

    assertTrue(error.getMessage().contains("does not conform to Kubernetes naming"),
        error.getMessage());
  }

  @Test
  void lintStrict_missingChartDirectory_failsWithHelmMessage() {
    AssertionError error = assertThrows(AssertionError.class,
        () -> HelmChecks.lintStrict(tmp.resolve("nope")));

    assertTrue(error.getMessage().contains("Chart.yaml"), error.getMessage());
  }

  @Test
  void lintStrictWithOverlay_validOverlay_passesAndLeavesChartUntouched() throws IOException {
    Path chart = HarnessFixtures.copyOfValidChart(tmp);
    String originalValues = Files.readString(chart.resolve("values.yaml"));
    Path overlay = Files.writeString(tmp.resolve("prod.yaml"), "replicaCount: 4\n");

    HelmChecks.lintStrictWithOverlay(chart, overlay);

    assertEquals(originalValues, Files.readString(chart.resolve("values.yaml")));
  }

  @Test
  void lintStrictWithOverlay_overlayDeletesRequiredValue_fails() throws IOException {
    Path overlay = Files.writeString(tmp.resolve("broken.yaml"), "autoscaling: null\n");

    AssertionError error = assertThrows(AssertionError.class,
        () -> HelmChecks.lintStrictWithOverlay(HarnessFixtures.validChart(), overlay));

    assertTrue(error.getMessage().contains("nil pointer evaluating"), error.getMessage());
  }

  @Test
  void template_validChart_usesReleaseNameAndNamespace() {
    String rendered = HelmChecks.template(HarnessFixtures.validChart(), "shop", "prod", List.of());

    assertTrue(rendered.contains("name: shop-valid-chart"), rendered);
    assertTrue(rendered.contains("namespace: prod"), rendered);
  }

  @Test
  void template_severalValuesFiles_laterFileWins() throws IOException {
    Path first = Files.writeString(tmp.resolve("a.yaml"),
        "replicaCount: 3\nautoscaling:\n  enabled: false\n");
    Path second = Files.writeString(tmp.resolve("b.yaml"), "replicaCount: 7\n");

    String rendered = HelmChecks.template(HarnessFixtures.validChart(), "shop", "prod",
        List.of(first, second));

    assertTrue(rendered.contains("replicas: 7"), rendered);
    assertFalse(rendered.contains("kind: HorizontalPodAutoscaler"), rendered);
  }

  @Test
  void template_brokenTemplate_failsWithHelmMessage() throws IOException {
    Path chart = HarnessFixtures.copyOfValidChart(tmp);
    Files.writeString(chart.resolve("templates/broken.yaml"), "{{ .Values.nope.deeper }}\n");

    AssertionError error = assertThrows(AssertionError.class,
        () -> HelmChecks.template(chart, "shop", "prod", List.of()));

    assertTrue(error.getMessage().contains("nil pointer evaluating interface {}.deeper"),
        error.getMessage());
  }

  @Test
  void template_hookTemplate_isLeftOutOfOutput() throws IOException {
    // Pins a helm-java limitation: hooks must be checked by reading the template, not the output.
    Path chart = HarnessFixtures.copyOfValidChart(tmp);
    Files.writeString(chart.resolve("templates/migrate-job.yaml"), """
        apiVersion: batch/v1
        kind: Job
        metadata:
          name: migrate
          annotations:
            "helm.sh/hook": pre-install
        spec:
          template:
            spec:
              restartPolicy: Never
              containers:
                - name: migrate
                  image: busybox
        """);

    String rendered = HelmChecks.template(chart, "shop", "prod", List.of());

    assertFalse(rendered.contains("name: migrate"), rendered);
  }
}
