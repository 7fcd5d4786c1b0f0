package io.compose2helm.it;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.compose2helm.testing.HelmChecks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Kubernetes objects values pass through to pods are checked against the vendored Kubernetes
 * definitions: each class of typo fails helm lint naming the key, and a full realistic set passes lint,
 * renders and passes the strict Kubernetes schema.
 */
class KubernetesObjectsSchemaTest {

  @TempDir static Path temp;
  static Path chart;

  @BeforeAll
  static void convert() {
    chart = temp.resolve("bytelyst");
    Conversion.convert(Path.of("samples/bytelyst/docker-compose.yml"), chart);
  }

  private static Path overlay(String text) throws IOException {
    Path file = Files.createTempFile(temp, "overlay", ".yaml");
    Files.writeString(file, text);
    return file;
  }

  private static void assertLintFails(String overlay, String... expected) throws IOException {
    Path file = overlay(overlay);
    String message = assertThrows(AssertionError.class, () -> HelmChecks.lintStrictWithOverlay(chart, file)).getMessage();
    for (String part : expected) {
      assertTrue(message.contains(part), "expected '" + part + "' in:\n" + message);
    }
  }

  @Test
  void lint_podSecurityContextTypo_failsNamingTheKey() throws IOException {
    assertLintFails("defaults:\n  podSecurityContext:\n    runAsUsr: 1000\n", "/defaults/podSecurityContext", "runAsUsr");
  }

  @Test
  void lint_capabilitiesTypo_failsNamingTheKey() throws IOException {
    assertLintFails("services:\n  auth-api:\n    securityContext:\n      capabilities:\n        drp: [ALL]\n",
        "/services/auth-api/securityContext/capabilities", "drp");
  }

  @Test
  void lint_securityContextWrongType_failsNamingTheKey() throws IOException {
    assertLintFails("defaults:\n  securityContext:\n    runAsNonRoot: \"yes\"\n", "/defaults/securityContext/runAsNonRoot");
  }

  @Test
  void lint_httpGetTypo_failsNamingTheKey() throws IOException {
    assertLintFails("services:\n  auth-api:\n    probes:\n      liveness:\n        httpGet:\n          pth: /health\n",
        "/services/auth-api/probes/liveness/httpGet", "pth");
  }

  @Test
  void lint_probePortWrongType_failsNamingTheKey() throws IOException {
    assertLintFails("services:\n  admin:\n    probes:\n      readiness:\n        tcpSocket:\n          port: [3001]\n",
        "/services/admin/probes/readiness/tcpSocket/port");
  }

  @Test
  void lint_probeTypo_failsNamingTheKey() throws IOException {
    assertLintFails("defaults:\n  probes:\n    startup:\n      periodSecond: 5\n", "/defaults/probes/startup", "periodSecond");
  }

  @Test
  void lint_resourceNameTypo_failsNamingTheResource() throws IOException {
    assertLintFails("services:\n  auth-api:\n    resources:\n      limits:\n        memroy: 512Mi\n",
        "/services/auth-api/resources/limits", "memroy");
  }

  @Test
  void lint_resourcesTypo_failsNamingTheKey() throws IOException {
    assertLintFails("defaults:\n  resources:\n    limit:\n      cpu: 1\n", "/defaults/resources", "limit");
  }

  @Test
  void lint_badLimitQuantity_failsNamingTheResource() throws IOException {
    assertLintFails("defaults:\n  resources:\n    limits:\n      memory: 512 MB\n", "/defaults/resources/limits/memory");
  }

  @Test
  void lint_nodeAffinityTypo_failsNamingTheKey() throws IOException {
    assertLintFails("""
        defaults:
          affinity:
            nodeAffinity:
              requiredDuringSchedulingIgnoredDuringExecutoin:
                nodeSelectorTerms: []
        """, "/defaults/affinity/nodeAffinity", "requiredDuringSchedulingIgnoredDuringExecutoin");
  }

  @Test
  void lint_matchExpressionWithoutOperator_failsNamingTheMissingKey() throws IOException {
    assertLintFails("""
        defaults:
          affinity:
            nodeAffinity:
              requiredDuringSchedulingIgnoredDuringExecution:
                nodeSelectorTerms:
                  - matchExpressions:
                      - {key: kubernetes.io/arch, values: [amd64]}
        """, "/defaults/affinity/nodeAffinity/requiredDuringSchedulingIgnoredDuringExecution/nodeSelectorTerms/0/matchExpressions/0",
        "operator");
  }

  @Test
  void lint_tolerationTypo_failsNamingTheKey() throws IOException {
    assertLintFails("defaults:\n  tolerations:\n    - {key: dedicated, operator: Exists, efect: NoSchedule}\n",
        "/defaults/tolerations/0", "efect");
  }

  @Test
  void lint_strategyTypo_failsNamingTheKey() throws IOException {
    assertLintFails("defaults:\n  strategy:\n    rollingUpdate:\n      maxSurg: 1\n", "/defaults/strategy/rollingUpdate", "maxSurg");
  }

  @Test
  void lint_disruptionBudgetNotIntOrString_failsNamingTheKey() throws IOException {
    assertLintFails("defaults:\n  podDisruptionBudget:\n    maxUnavailable: true\n", "/defaults/podDisruptionBudget/maxUnavailable");
  }

  @Test
  void lintRenderAndSchema_realisticKubernetesObjects_pass() throws IOException {
    Path file = overlay("""
        defaults:
          podSecurityContext:
            runAsNonRoot: true
            runAsUser: 10001
            runAsGroup: 10001
            fsGroup: 10001
            fsGroupChangePolicy: OnRootMismatch
            supplementalGroups: [2000]
            sysctls:
              - {name: net.ipv4.ip_unprivileged_port_start, value: "0"}
            seccompProfile: {type: RuntimeDefault}
          securityContext:
            allowPrivilegeEscalation: false
            readOnlyRootFilesystem: true
            privileged: false
            capabilities: {drop: [ALL], add: [NET_BIND_SERVICE]}
            seccompProfile: {type: RuntimeDefault}
            appArmorProfile: {type: RuntimeDefault}
          resources:
            requests: {cpu: 100m, memory: 128Mi, ephemeral-storage: 1Gi}
            limits: {cpu: 2, memory: 1Gi, ephemeral-storage: 2Gi}
          strategy:
            type: RollingUpdate
            rollingUpdate: {maxUnavailable: 0, maxSurge: 25%}
          tolerations:
            - {key: dedicated, operator: Equal, value: apps, effect: NoSchedule}
            - {key: node.kubernetes.io/unreachable, operator: Exists, effect: NoExecute, tolerationSeconds: 30}
          affinity:
            nodeAffinity:
              requiredDuringSchedulingIgnoredDuringExecution:
                nodeSelectorTerms:
                  - matchExpressions:
                      - {key: kubernetes.io/arch, operator: In, values: [amd64, arm64]}
              preferredDuringSchedulingIgnoredDuringExecution:
                - weight: 50
                  preference:
                    matchExpressions:
                      - {key: topology.kubernetes.io/zone, operator: In, values: [westeurope-1]}
            podAntiAffinity:
              preferredDuringSchedulingIgnoredDuringExecution:
                - weight: 100
                  podAffinityTerm:
                    topologyKey: kubernetes.io/hostname
                    labelSelector:
                      matchLabels: {app.kubernetes.io/instance: bytelyst}
                      matchExpressions:
                        - {key: app.kubernetes.io/component, operator: Exists}
        services:
          auth-api:
            probes:
              liveness:
                httpGet:
                  port: 4001
                  scheme: HTTP
                  httpHeaders:
                    - {name: X-Probe, value: liveness}
              startup:
                enabled: true
                exec:
                  command: [sh, -c, "true"]
                periodSeconds: 5
                failureThreshold: 30
        """);
    HelmChecks.lintStrictWithOverlay(chart, file);
    String manifests = HelmChecks.template(chart, ChartValidation.RELEASE, ChartValidation.NAMESPACE,
        ChartValidation.valuesFiles(chart, "prod", file));
    ChartValidation.SCHEMA.assertValid(manifests);
    assertTrue(manifests.contains("tolerationSeconds: 30") && manifests.contains("NET_BIND_SERVICE")
        && manifests.contains("X-Probe") && manifests.contains("fsGroupChangePolicy: OnRootMismatch"), manifests);
  }
}
