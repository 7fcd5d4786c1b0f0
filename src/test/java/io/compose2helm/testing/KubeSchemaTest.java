package io.compose2helm.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class KubeSchemaTest {

  private static final String DEPLOYMENT = """
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: web
        labels:
          app: web
      spec:
        replicas: 2
        selector:
          matchLabels:
            app: web
        template:
          metadata:
            labels:
              app: web
          spec:
            containers:
              - name: web
                image: nginx:1.27
                ports:
                  - containerPort: 80
                resources:
                  requests:
                    cpu: 100m
                    memory: 128Mi
      """;

  private final KubeSchema schema = KubeSchema.standard();

  @Test
  void assertValid_renderedValidChart_passes() {
    String rendered = HelmChecks.template(HarnessFixtures.validChart(), "shop", "prod", List.of());

    schema.assertValid(rendered);
  }

  @Test
  void assertValid_handWrittenDeployment_passes() {
    schema.assertValid(DEPLOYMENT);
  }

  @Test
  void assertValid_unknownField_reportsPath() {
    String yaml = DEPLOYMENT.replace("  replicas: 2", "  replicaz: 2");

    AssertionError error = assertThrows(AssertionError.class, () -> schema.assertValid(yaml));

    assertTrue(error.getMessage().contains(
        "Deployment/web: spec.replicaz: unknown field \"replicaz\" in V1DeploymentSpec"),
        error.getMessage());
  }

  @Test
  void validate_unknownNestedField_reportsFullPath() {
    String yaml = DEPLOYMENT.replace("image: nginx:1.27", "imagee: nginx:1.27");

    assertOnlyProblem(yaml, "spec.template.spec.containers[0].imagee",
        "unknown field \"imagee\" in V1Container");
  }

  @Test
  void validate_containerWithoutName_reportsMissingRequiredField() {
    String yaml = DEPLOYMENT.replace("- name: web\n          image:", "- image:");
    List<ManifestProblem> problems = schema.validate(yaml);

    assertTrue(problems.stream().anyMatch(p -> p.path().equals(
        "spec.template.spec.containers[0].name") && p.message().startsWith("missing required")),
        problems.toString());
  }

  @Test
  void validate_replicasAsString_reportsWrongType() {
    String yaml = DEPLOYMENT.replace("replicas: 2", "replicas: \"two\"");

    assertOnlyProblem(yaml, "spec.replicas", "expected integer, got string \"two\"");
  }

  @Test
  void validate_fractionalReplicas_reportsWrongType() {
    String yaml = DEPLOYMENT.replace("replicas: 2", "replicas: 2.5");

    assertOnlyProblem(yaml, "spec.replicas", "expected integer, got fraction 2.5");
  }

  @Test
  void validate_containerPortAsString_reportsWrongType() {
    String yaml = DEPLOYMENT.replace("containerPort: 80", "containerPort: \"80\"");

    assertOnlyProblem(yaml, "spec.template.spec.containers[0].ports[0].containerPort",
        "expected integer, got string \"80\"");
  }

  @Test
  void validate_configMapNumberValue_reportsWrongType() {
    String yaml = """
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: settings
        data:
          PORT: 8080
        """;

    assertOnlyProblem(yaml, "data[PORT]", "expected string, got number 8080");
  }

  @Test
  void validate_configMapUnquotedYaml11Boolean_reportsWrongType() {
    // go-yaml (used by Helm and kubectl) reads an unquoted "on" as a boolean.
    String yaml = """
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: settings
        data:
          DEBUG: on
          QUOTED: "on"
        """;

    assertOnlyProblem(yaml, "data[DEBUG]", "expected string, got boolean true");
  }

  @Test
  void validate_labelValueNumber_reportsWrongType() {
    String yaml = DEPLOYMENT.replace("  labels:\n    app: web", "  labels:\n    tier: 3");

    assertOnlyProblem(yaml, "metadata.labels[tier]", "expected string, got number 3");
  }

  @Test
  void validate_invalidLabelValue_reportsLabel() {
    String yaml = DEPLOYMENT.replace("  labels:\n    app: web", "  labels:\n    app: -web-");

    assertOnlyProblem(yaml, "metadata.labels[app]", "invalid label value \"-web-\"");
  }

  @Test
  void validate_invalidMetadataName_reportsDns1123() {
    String yaml = DEPLOYMENT.replace("name: web\n  labels", "name: Web_App\n  labels");

    assertOnlyProblem(yaml, "metadata.name", "\"Web_App\" is not a DNS-1123 subdomain");
  }

  @Test
  void validate_serviceNameWithDot_reportsDns1035() {
    String yaml = """
        apiVersion: v1
        kind: Service
        metadata:
          name: web.v2
        spec:
          ports:
            - port: 80
              targetPort: http
            - port: 81
              targetPort: 8081
        """;

    assertOnlyProblem(yaml, "metadata.name", "\"web.v2\" is not a DNS-1035 label");
  }

  @Test
  void validate_invalidQuantity_reportsQuantity() {
    String yaml = DEPLOYMENT.replace("cpu: 100m", "cpu: lots");

    assertOnlyProblem(yaml, "spec.template.spec.containers[0].resources.requests[cpu]",
        "invalid quantity \"lots\"");
  }

  @Test
  void validate_unknownKind_reportsKind() {
    String yaml = """
        apiVersion: secrets-store.csi.x-k8s.io/v1
        kind: SecretProviderClass
        metadata:
          name: vault
        spec:
          provider: vault
        """;

    assertOnlyProblem(yaml, "", "unknown apiVersion/kind \"secrets-store.csi.x-k8s.io/v1/"
        + "SecretProviderClass\" (register it with KubeSchema.withCustomKind if it is a CRD)");
  }

  @Test
  void validate_registeredCustomKind_usesCustomValidator() {
    String yaml = """
        apiVersion: secrets-store.csi.x-k8s.io/v1
        kind: SecretProviderClass
        metadata:
          name: vault
          labelz: {}
        spec: {}
        """;
    KubeSchema withCrd = schema.withCustomKind("secrets-store.csi.x-k8s.io/v1",
        "SecretProviderClass", manifest -> manifest.getAsJsonObject("spec").has("provider")
            ? List.of() : List.of(new FieldProblem("spec.provider", "required")));

    List<String> problems = withCrd.validate(yaml).stream().map(ManifestProblem::toString).toList();

    assertEquals(List.of("SecretProviderClass/vault: spec.provider: required",
        "SecretProviderClass/vault: metadata.labelz: unknown field \"labelz\" in V1ObjectMeta"),
        problems);
  }

  @Test
  void validate_emptyDocumentsAndComments_areIgnored() {
    String yaml = "---\n# Source: chart/templates/empty.yaml\n---\n" + DEPLOYMENT + "---\n";

    assertEquals(List.of(), schema.validate(yaml));
  }

  @Test
  void validate_secretDataNotBase64_reportsEncoding() {
    String yaml = """
        apiVersion: v1
        kind: Secret
        metadata:
          name: creds
        data:
          password: not base64!
        stringData:
          user: admin
        """;

    List<ManifestProblem> problems = schema.validate(yaml);

    assertEquals(1, problems.size(), problems.toString());
    assertEquals("data[password]", problems.get(0).path());
  }

  private void assertOnlyProblem(String yaml, String path, String message) {
    List<ManifestProblem> problems = schema.validate(yaml);
    assertEquals(1, problems.size(), problems.toString());
    assertEquals(path, problems.get(0).path(), problems.toString());
    assertEquals(message, problems.get(0).message(), problems.toString());
  }
}
