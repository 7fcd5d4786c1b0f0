package io.compose2helm.it;

import static io.compose2helm.it.Manifests.get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.InstallCommand;
import io.compose2helm.it.Conversion.Run;
import io.compose2helm.testing.DiscoveryOnlyApiServer;
import io.compose2helm.testing.FileTrees;
import io.compose2helm.testing.HelmChecks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * env/prod.yaml enables Azure Key Vault (Phase 3) with empty placeholders: installing it fails
 * naming the value to set and the switch back to Phase 2, which renders as it stands.
 */
class KeyVaultRequiredValuesTest {

  private static final Path SAMPLE = Path.of("samples/bytelyst/docker-compose.yml");
  private static final String SWITCH = "--set secrets.azureKeyVault.enabled=false";
  private static final String VAULT = "keyvaultName: test-vault\n";
  private static final String TENANT = "tenantId: 11111111-2222-3333-4444-555555555555\n";
  private static final String CLIENT = "workloadIdentityClientID: 66666666-7777-8888-9999-000000000000\n";

  @TempDir static Path temp;
  static Path chart;

  @BeforeAll
  static void convert() {
    chart = temp.resolve("bytelyst");
    Conversion.convert(SAMPLE, chart);
  }

  @Test
  void install_prodWithEachValueMissing_failsNamingThatValueAndTheSwitch() {
    Map<String, String> missingToGiven = Map.of(
        "keyvaultName", TENANT + CLIENT,
        "tenantId", VAULT + CLIENT,
        "workloadIdentityClientID", VAULT + TENANT);
    missingToGiven.forEach((missing, given) -> {
      Path values = keyVault(given);
      IllegalStateException failure = assertThrows(IllegalStateException.class,
          () -> dryRunInstall(values).call(), missing);
      assertTrue(failure.getMessage().contains("secrets.azureKeyVault." + missing + " is required for Azure Key Vault"),
          failure.getMessage());
      assertTrue(failure.getMessage().contains(SWITCH), failure.getMessage());
    });
  }

  @Test
  void template_plainProdOverlay_failsNamingTheFirstValueToSet() {
    AssertionError failure = assertThrows(AssertionError.class, () -> HelmChecks.template(chart, "rel", "apps",
        List.of(chart.resolve("values.yaml"), chart.resolve("env/prod.yaml"))));
    assertTrue(failure.getMessage().contains("secrets.azureKeyVault.keyvaultName is required for Azure Key Vault (env/prod.yaml)")
        && failure.getMessage().contains(SWITCH), failure.getMessage());
  }

  @Test
  void lint_plainProdOverlay_passesSinceHelmLintLeavesRequiredToTheInstall() {
    // helm lint renders in lint mode, where a missing required value is not an error: the chart is
    // sound, the install names what to set.
    HelmChecks.lintStrictWithOverlay(chart, chart.resolve("env/prod.yaml")); // fails the test when lint fails
  }

  @Test
  void template_prodWithTheSwitch_readsThePhase2SecretAndPassesTheStrictSchema() {
    String rendered = new Helm(chart).template().withName("rel").withNamespace("apps")
        .withKubeVersion(io.compose2helm.chart.HelmRenderer.KUBE_VERSION)
        .withValuesFile(chart.resolve("values.yaml")).withValuesFile(chart.resolve("env/prod.yaml"))
        .set("secrets.azureKeyVault.enabled", "false").call();
    ChartValidation.SCHEMA.assertValid(rendered);
    Manifests manifests = new Manifests(rendered);
    assertEquals(List.of(), manifests.ofKind("SecretProviderClass"));
    @SuppressWarnings("unchecked")
    Map<String, Object> pod = (Map<String, Object>) get(manifests.get("Deployment", "auth-api"), "spec.template");
    assertFalse(String.valueOf(get(pod, "spec.volumes")).contains("secrets-store"), String.valueOf(get(pod, "spec.volumes")));
    assertFalse(String.valueOf(get(pod, "metadata.labels")).contains("azure.workload.identity"));
    assertTrue(String.valueOf(get(pod, "spec.containers.0.env")).contains("secretKeyRef={name=bytelyst-env, key=JWT_SECRET}"),
        String.valueOf(get(pod, "spec.containers.0.env")));
    HelmChecks.lintStrictWithOverlay(chart, chart.resolve("env/prod.yaml"),
        write("phase2-", "secrets:\n  azureKeyVault:\n    enabled: false\n"));
  }

  @Test
  void install_prodWithVmManagedIdentity_needsNoWorkloadIdentityClientId() {
    Path values = keyVault(VAULT + TENANT + "userAssignedIdentityID: 99999999-8888-7777-6666-555555555555\n");
    String rendered = HelmChecks.template(chart, "rel", "apps",
        List.of(chart.resolve("values.yaml"), chart.resolve("env/prod.yaml"), values));
    ChartValidation.SCHEMA.assertValid(rendered);
    Map<String, Object> provider = new Manifests(rendered).get("SecretProviderClass", "bytelyst-env-akv");
    assertEquals("true", get(provider, "spec.parameters.useVMManagedIdentity"));
    assertEquals("99999999-8888-7777-6666-555555555555", get(provider, "spec.parameters.userAssignedIdentityID"));
    assertNull(get(provider, "spec.parameters.clientID"));
  }

  @Test
  void install_prodWithValuesSet_notesSayWhereSecretsComeFromAndTheSwitch() {
    InstallCommand install = dryRunInstall(ChartValidation.PROD_KEY_VAULT);
    String notes = install.call().getOutput();
    assertTrue(notes.contains("syncs from Azure Key Vault test-vault") && notes.contains(SWITCH), notes);
  }

  @Test
  void driverCheck_apiVersionLists_failOnlyForAClusterWithoutTheCsiApi() throws IOException {
    Path copy = temp.resolve("probe").resolve("bytelyst");
    FileTrees.copy(chart, copy);
    Path probe = copy.resolve("templates/zz-probe.yaml");
    // The API list a cluster without the driver serves (a real one always has apiregistration.k8s.io/v1).
    Files.writeString(probe, "{{ include \"bytelyst.keyVaultDriverCheck\" (list \"v1\" \"apps/v1\" \"apiregistration.k8s.io/v1\") }}\n");
    AssertionError failure = assertThrows(AssertionError.class,
        () -> HelmChecks.template(copy, "rel", "apps", ChartValidation.valuesFiles(copy, "prod")));
    assertTrue(failure.getMessage().contains("the cluster serves no secrets-store.csi.x-k8s.io/v1")
        && failure.getMessage().contains("install the Secrets Store CSI driver") && failure.getMessage().contains(SWITCH),
        failure.getMessage());

    Files.writeString(probe, "{{ include \"bytelyst.keyVaultDriverCheck\" (list \"v1\" \"apiregistration.k8s.io/v1\""
        + " \"secrets-store.csi.x-k8s.io/v1\") }}\n");
    ChartValidation.SCHEMA.assertValid(HelmChecks.template(copy, "rel", "apps", ChartValidation.valuesFiles(copy, "prod")));
  }

  @Test
  void install_onAClusterWithoutTheCsiDriver_failsSayingWhatToInstallOrSwitch() {
    try (DiscoveryOnlyApiServer cluster = new DiscoveryOnlyApiServer(List.of("apps/v1", "apiregistration.k8s.io/v1"))) {
      IllegalStateException failure = assertThrows(IllegalStateException.class, () -> onCluster(cluster).call());
      assertTrue(failure.getMessage().contains("the cluster serves no secrets-store.csi.x-k8s.io/v1 (SecretProviderClass)")
          && failure.getMessage().contains(SWITCH), failure.getMessage());
    }
    try (DiscoveryOnlyApiServer cluster = new DiscoveryOnlyApiServer(
        List.of("apps/v1", "apiregistration.k8s.io/v1", "secrets-store.csi.x-k8s.io/v1"))) {
      // With the driver the render goes through, and Helm moves on to build the objects, which a
      // discovery-only server cannot serve.
      IllegalStateException failure = assertThrows(IllegalStateException.class, () -> onCluster(cluster).call());
      assertFalse(failure.getMessage().contains("secrets-store.csi.x-k8s.io/v1 ("), failure.getMessage());
      assertTrue(failure.getMessage().contains("unable to build kubernetes objects from release manifest"), failure.getMessage());
    }
  }

  private static InstallCommand onCluster(DiscoveryOnlyApiServer cluster) {
    return new Helm(chart).install().withName("rel").withNamespace("apps").withKubeConfigContents(cluster.kubeConfig())
        .withValuesFile(chart.resolve("values.yaml")).withValuesFile(chart.resolve("env/prod.yaml"))
        .withValuesFile(ChartValidation.PROD_KEY_VAULT).dryRun();
  }

  @Test
  void diff_prodWithPlaceholders_failsNamingTheValueWithoutStackTrace() {
    Run diff = Conversion.run("diff", SAMPLE.toString(), "-o", chart.toString(), "--env", "prod", "-q");
    assertEquals(3, diff.exitCode(), diff.err());
    assertTrue(diff.err().contains("secrets.azureKeyVault.keyvaultName is required") && diff.err().contains(SWITCH), diff.err());
    assertFalse(diff.err().contains("\tat "), diff.err());
  }

  private static InstallCommand dryRunInstall(Path keyVaultValues) {
    return new Helm(chart).install().withName("rel").withNamespace("apps")
        .withKubeVersion(io.compose2helm.chart.HelmRenderer.KUBE_VERSION)
        .withValuesFile(chart.resolve("values.yaml")).withValuesFile(chart.resolve("env/prod.yaml"))
        .withValuesFile(keyVaultValues).dryRun().clientOnly();
  }

  private static Path keyVault(String fields) {
    return write("akv-", "secrets:\n  azureKeyVault:\n" + fields.replaceAll("(?m)^(?=.)", "    "));
  }

  private static Path write(String prefix, String yaml) {
    try {
      return Files.writeString(Files.createTempFile(temp, prefix, ".yaml"), yaml);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
