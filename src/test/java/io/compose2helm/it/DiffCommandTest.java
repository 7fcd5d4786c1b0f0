package io.compose2helm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.compose2helm.it.Conversion.Run;
import io.compose2helm.testing.FileTrees;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code compose2helm diff} renders both charts with real Helm and diffs them per object. */
class DiffCommandTest {

  @TempDir Path temp;

  @Test
  void diff_onePortChanged_showsExactlyTheServiceAndWorkload() throws IOException {
    Path compose = temp.resolve("docker-compose.yml");
    Path sample = Path.of("samples/bytelyst");
    FileTrees.copy(sample, temp);
    Path chart = temp.resolve("chart");
    Conversion.convert(compose, chart);
    fillKeyVaultPlaceholders(chart.resolve("env/prod.yaml"));
    Files.writeString(compose, Files.readString(compose).replace("expose:\n      - \"4003\"", "expose:\n      - \"4013\""));
    Map<String, String> before = Conversion.readTree(chart);

    Run diff = Conversion.run("diff", compose.toString(), "-o", chart.toString(), "--env", "prod", "--namespace", "apps", "-q");
    assertEquals(0, diff.exitCode(), diff.err());
    Set<String> headers = diff.out().lines().filter(line -> line.startsWith("--- ")).collect(Collectors.toSet());
    assertEquals(Set.of("--- Deployment/apps/billing-api", "--- Service/apps/billing-api"), headers, diff.out());
    assertTrue(diff.out().contains("+      port: 4013") || diff.out().contains("port: 4013"), diff.out());
    assertFalse(diff.out().contains("\u001b["), "no colour when stdout is not a terminal");

    Run stat = Conversion.run("diff", compose.toString(), "-o", chart.toString(), "--env", "prod", "--stat", "-q");
    assertEquals(0, stat.exitCode(), stat.err());
    assertTrue(stat.out().contains("2 changed, 0 added, 0 removed"), stat.out());
    assertEquals(before, Conversion.readTree(chart), "diff never writes to the chart");
  }

  /** What a user does before rendering prod: the overlay is theirs, so the re-run keeps it. */
  private static void fillKeyVaultPlaceholders(Path prod) throws IOException {
    Files.writeString(prod, Files.readString(prod).replace("keyvaultName: ''", "keyvaultName: shop-kv")
        .replace("tenantId: ''", "tenantId: 11111111-2222-3333-4444-555555555555")
        .replace("workloadIdentityClientID: ''", "workloadIdentityClientID: 66666666-7777-8888-9999-000000000000"));
  }
}
