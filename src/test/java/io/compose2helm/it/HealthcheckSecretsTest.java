package io.compose2helm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A healthcheck that embeds a password converts: the rendered probe is an exec probe whose shell
 * reads the password from the container's environment, which takes it from the Secret by key,
 * and no emitted or rendered file holds the value.
 */
class HealthcheckSecretsTest {

  private static final Path FIXTURE = Path.of("src/test/resources/golden/healthcheck-secrets");

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      cache    | Deployment  | REDIS_PASSWORD | redis-cli -a "$REDIS_PASSWORD" ping
      mysql    | Deployment  | MYSQL_PASSWORD | exec mysqladmin ping -h localhost -p"$MYSQL_PASSWORD"
      postgres | Deployment  | PW             | PGPASSWORD=''"$PW"'' pg_isready -U app
      mongo    | Deployment  | ROOT_PASS      | mongosh -u root -p "$ROOT_PASS" --eval "db.adminCommand('ping')"
      api      | Deployment  | TOKEN          | wget -qO- http://localhost:8080/health?access_key="$TOKEN"
      """)
  void render_healthcheckWithSecret_readsItFromTheEnvironment(
      String service, String kind, String variable, String shell, @TempDir Path temp) throws IOException {
    Path chart = temp.resolve("chart");
    Conversion.convert(FIXTURE.resolve("docker-compose.yml"), chart);
    String rendered = ChartValidation.render(chart, "local");

    Map<String, Object> container = Manifests.container(new Manifests(rendered).get(kind, service));
    for (String probe : List.of("readinessProbe", "livenessProbe")) {
      assertEquals(List.of("sh", "-c", shell), Manifests.get(container, probe + ".exec.command"), probe);
      assertEquals(null, Manifests.get(container, probe + ".httpGet"), probe);
    }
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> env = (List<Map<String, Object>>) container.get("env");
    Map<String, Object> fromSecret = env.stream()
        .filter(entry -> variable.equals(entry.get("name")))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no env " + variable + " in " + env));
    assertEquals(variable, Manifests.get(fromSecret, "valueFrom.secretKeyRef.key"));
    assertTrue(String.valueOf(Manifests.get(fromSecret, "valueFrom.secretKeyRef.name")).endsWith("-env"));

    String everything = rendered + String.join("\n", Conversion.readTree(chart).values());
    for (String line : Files.readAllLines(FIXTURE.resolve(".env.ecosystem"))) {
      String value = line.substring(line.indexOf('=') + 1);
      assertFalse(everything.contains(value), "the chart holds the value of " + line.substring(0, line.indexOf('=')));
    }
  }
}
