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

/** Each class of typo in an overlay fails helm lint, naming the key. */
class SchemaTypoTest {

  @TempDir static Path temp;
  static Path chart;

  @BeforeAll
  static void convert() {
    chart = temp.resolve("bytelyst");
    Conversion.convert(Path.of("samples/bytelyst/docker-compose.yml"), chart);
  }

  private static String lintFailure(String overlay) throws IOException {
    Path file = Files.createTempFile(temp, "typo", ".yaml");
    Files.writeString(file, overlay);
    AssertionError failure = assertThrows(AssertionError.class, () -> HelmChecks.lintStrictWithOverlay(chart, file));
    return failure.getMessage();
  }

  @Test
  void lint_misspelledServiceBlock_failsListingTheKnownServices() throws IOException {
    String message = lintFailure("services:\n  auth-apii:\n    replicas: 2\n");
    assertTrue(message.contains("auth-apii"), message);
    assertTrue(message.contains("'auth-api'") && message.contains("'postgres'"), message);
  }

  @Test
  void lint_misspelledVolume_failsListingTheKnownVolumes() throws IOException {
    String message = lintFailure("persistence:\n  volumes:\n    pgdataa:\n      size: 5Gi\n");
    assertTrue(message.contains("pgdataa"), message);
    assertTrue(message.contains("'pgdata'") && message.contains("'redisdata'"), message);
  }

  @Test
  void lint_badQuantity_failsNamingTheResource() throws IOException {
    String message = lintFailure("defaults:\n  resources:\n    requests:\n      cpu: 1x\n");
    assertTrue(message.contains("/defaults/resources/requests/cpu"), message);
  }

  @Test
  void lint_badVolumeSize_failsNamingTheVolume() throws IOException {
    String message = lintFailure("persistence:\n  volumes:\n    pgdata:\n      size: 5 GB\n");
    assertTrue(message.contains("/persistence/volumes/pgdata/size"), message);
  }

  @Test
  void lint_malformedKeyVaultIds_failNamingTheValue() throws IOException {
    String message = lintFailure("secrets:\n  azureKeyVault:\n    tenantId: my-tenant\n"
        + "    workloadIdentityClientID: 1234\n    keyvaultName: kv_shop\n");
    assertTrue(message.contains("/secrets/azureKeyVault/tenantId"), message);
    assertTrue(message.contains("/secrets/azureKeyVault/workloadIdentityClientID"), message);
    assertTrue(message.contains("/secrets/azureKeyVault/keyvaultName"), message);
  }

  @Test
  void lint_goodQuantitiesAndExtraClaim_pass() throws IOException {
    Path file = Files.createTempFile(temp, "good", ".yaml");
    Files.writeString(file, "defaults:\n  resources:\n    requests: {cpu: 250m, memory: 1.5Gi}\n"
        + "    limits: {cpu: 2, memory: 1e9}\npersistence:\n  extraVolumes:\n    scratch: {size: 100Mi}\n");
    HelmChecks.lintStrictWithOverlay(chart, file);
  }
}
