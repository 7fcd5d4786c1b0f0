package io.compose2helm.it;

import static io.compose2helm.it.Manifests.get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.compose2helm.testing.HelmChecks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pull secrets, a mirror registry, node placement and a created ServiceAccount, set in defaults. */
class PlacementValuesTest {

  private static final String MIRROR = "mirror.example.com/hub";
  private static final String OVERLAY = """
      defaults:
        image:
          registry: mirror.example.com/hub/
          builtRegistry: mirror.example.com/hub
        imagePullSecrets: [regcred, {name: mirror-cred}]
        priorityClassName: business-critical
        nodeSelector: {kubernetes.io/os: linux}
        tolerations:
          - {key: dedicated, operator: Equal, value: apps, effect: NoSchedule}
        affinity:
          nodeAffinity:
            requiredDuringSchedulingIgnoredDuringExecution:
              nodeSelectorTerms:
                - matchExpressions:
                    - {key: kubernetes.io/arch, operator: In, values: [amd64]}
        serviceAccount:
          create: true
          name: apps
          annotations: {azure.workload.identity/client-id: 00000000-0000-0000-0000-000000000001}
        podLabels: {team: payments}
        service:
          annotations: {service.beta.kubernetes.io/azure-load-balancer-internal: "true"}
          labels: {exposure: internal}
      """;

  @TempDir static Path temp;
  static Path chart;
  static Manifests rendered;

  @BeforeAll
  static void convertAndRender() throws IOException {
    chart = temp.resolve("bytelyst");
    Conversion.convert(Path.of("samples/bytelyst/docker-compose.yml"), chart);
    Path overlay = temp.resolve("placement.yaml");
    Files.writeString(overlay, OVERLAY);
    HelmChecks.lintStrictWithOverlay(chart, overlay);
    String manifests = HelmChecks.template(chart, ChartValidation.RELEASE, ChartValidation.NAMESPACE,
        ChartValidation.valuesFiles(chart, "prod", overlay));
    ChartValidation.SCHEMA.assertValid(manifests);
    rendered = new Manifests(manifests);
  }

  @Test
  void render_mirrorRegistry_prefixesEveryImageIncludingTheWaitImage() {
    List<String> images = new ArrayList<>();
    for (Map<String, Object> workload : rendered.ofKind("Deployment")) {
      images.addAll(images(get(workload, "spec.template.spec")));
    }
    for (Map<String, Object> workload : rendered.ofKind("StatefulSet")) {
      images.addAll(images(get(workload, "spec.template.spec")));
    }
    assertTrue(images.stream().anyMatch(image -> image.startsWith(MIRROR + "/busybox:")), images.toString());
    assertTrue(images.size() > 5, images.toString());
    images.forEach(image -> assertTrue(image.startsWith(MIRROR + "/") && !image.contains("//"), image));
  }

  @Test
  void render_placement_reachesEveryPod() {
    for (Map<String, Object> workload : rendered.ofKind("Deployment")) {
      Object pod = get(workload, "spec.template.spec");
      assertEquals(List.of(Map.of("name", "regcred"), Map.of("name", "mirror-cred")), get(pod, "imagePullSecrets"));
      assertEquals("business-critical", get(pod, "priorityClassName"));
      assertEquals(Map.of("kubernetes.io/os", "linux"), get(pod, "nodeSelector"));
      assertEquals("dedicated", get(pod, "tolerations.0.key"));
      assertEquals("In", get(pod, "affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution"
          + ".nodeSelectorTerms.0.matchExpressions.0.operator"));
      assertEquals("apps", get(pod, "serviceAccountName"));
      assertEquals("payments", get(workload, "spec.template.metadata.labels.team"));
    }
  }

  @Test
  void render_serviceAccountSharedByName_isCreatedOnceWithItsAnnotations() {
    List<Map<String, Object>> accounts = rendered.ofKind("ServiceAccount");
    assertEquals(1, accounts.size(), accounts.toString());
    assertEquals("apps", get(accounts.get(0), "metadata.name"));
    assertEquals("00000000-0000-0000-0000-000000000001",
        ((Map<?, ?>) get(accounts.get(0), "metadata.annotations")).get("azure.workload.identity/client-id"));
  }

  @Test
  void render_serviceLabelsAndAnnotations_reachEveryService() {
    List<Map<String, Object>> services = rendered.ofKind("Service");
    assertFalse(services.isEmpty());
    for (Map<String, Object> service : services) {
      assertEquals("internal", get(service, "metadata.labels.exposure"));
      assertEquals("true",
          ((Map<?, ?>) get(service, "metadata.annotations")).get("service.beta.kubernetes.io/azure-load-balancer-internal"));
    }
  }

  @Test
  void render_defaultValues_createNoServiceAccountAndKeepImagesUnprefixed() {
    Manifests plain = new Manifests(ChartValidation.render(chart, "local"));
    assertTrue(plain.ofKind("ServiceAccount").isEmpty());
    String image = String.valueOf(get(plain.get("Deployment", "auth-api"), "spec.template.spec.initContainers.0.image"));
    assertTrue(image.startsWith("busybox:"), image);
  }

  @SuppressWarnings("unchecked")
  private static List<String> images(Object pod) {
    List<String> images = new ArrayList<>();
    for (String list : List.of("initContainers", "containers")) {
      Object containers = ((Map<String, Object>) pod).get(list);
      if (containers != null) {
        ((List<Map<String, Object>>) containers).forEach(c -> images.add(String.valueOf(c.get("image"))));
      }
    }
    return images;
  }
}
