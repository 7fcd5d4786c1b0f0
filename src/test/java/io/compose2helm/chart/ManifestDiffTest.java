package io.compose2helm.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.compose2helm.chart.ManifestDiff.Change;
import io.compose2helm.chart.ManifestDiff.ObjectDiff;
import java.util.List;
import org.junit.jupiter.api.Test;

class ManifestDiffTest {

  private static final String WEB_SERVICE = """
      ---
      # Source: app/templates/service.yaml
      apiVersion: v1
      kind: Service
      metadata:
        name: web
        namespace: apps
      spec:
        ports:
          - port: %d
      """;
  private static final String WEB_DEPLOYMENT = """
      ---
      # Source: app/templates/workload.yaml
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: web
        namespace: apps
      spec:
        replicas: 1
      """;
  private static final String CONFIG = """
      ---
      apiVersion: v1
      kind: ConfigMap
      metadata:
        name: %s
      data:
        A: "1"
      """;

  private final ManifestDiff diff = new ManifestDiff();

  @Test
  void compare_sameObjectsReordered_findsNoDifference() {
    String before = WEB_SERVICE.formatted(80) + WEB_DEPLOYMENT;
    String after = WEB_DEPLOYMENT + WEB_SERVICE.formatted(80);
    assertEquals(List.of(), diff.compare(before, after, "apps"));
  }

  @Test
  void compare_changedPort_reportsOnlyTheServiceWithItsLines() {
    List<ObjectDiff> diffs = diff.compare(WEB_SERVICE.formatted(80) + WEB_DEPLOYMENT,
        WEB_SERVICE.formatted(8080) + WEB_DEPLOYMENT, "apps");
    assertEquals(1, diffs.size());
    assertEquals("Service/apps/web", diffs.get(0).id());
    assertEquals(Change.CHANGED, diffs.get(0).change());
    assertTrue(diffs.get(0).lines().contains("-    - port: 80"), diffs.get(0).lines().toString());
    assertTrue(diffs.get(0).lines().contains("+    - port: 8080"), diffs.get(0).lines().toString());
  }

  @Test
  void compare_addedAndRemovedObjects_areShownWholeAndSorted() {
    List<ObjectDiff> diffs = diff.compare(CONFIG.formatted("old-env"), CONFIG.formatted("new-env"), "apps");
    assertEquals(List.of("ConfigMap/apps/new-env", "ConfigMap/apps/old-env"), diffs.stream().map(ObjectDiff::id).toList());
    assertEquals(Change.ADDED, diffs.get(0).change());
    assertEquals(Change.REMOVED, diffs.get(1).change());
    assertTrue(diffs.get(0).lines().stream().skip(1).allMatch(line -> line.startsWith("+")), diffs.get(0).lines().toString());
    assertTrue(diffs.get(1).lines().contains("-  name: old-env"), diffs.get(1).lines().toString());
  }

  @Test
  void objectsById_objectWithoutNamespace_takesTheReleaseNamespaceAndDropsComments() {
    var objects = diff.objectsById("# Source: x\n" + CONFIG.formatted("env"), "apps");
    assertEquals(List.of("ConfigMap/apps/env"), List.copyOf(objects.keySet()));
    assertTrue(objects.get("ConfigMap/apps/env").startsWith("apiVersion: v1\n"));
  }

  @Test
  void compare_emptyBefore_addsEveryObject() {
    List<ObjectDiff> diffs = diff.compare("", WEB_SERVICE.formatted(80) + WEB_DEPLOYMENT, "apps");
    assertEquals(List.of("Deployment/apps/web", "Service/apps/web"), diffs.stream().map(ObjectDiff::id).toList());
  }
}
