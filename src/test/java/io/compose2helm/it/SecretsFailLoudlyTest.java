package io.compose2helm.it;

import static io.compose2helm.it.Manifests.container;
import static io.compose2helm.it.Manifests.get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Compose literals stay plain; secret keys are required; Compose defaults of secrets reach the deploy script. */
class SecretsFailLoudlyTest {

  private static final String COMPOSE = """
      services:
        api:
          image: nginx:1.27
          environment:
            API_KEY_RATE_LIMIT: 60/minute
            DB_PASSWORD: ${DB_PASSWORD:-zammad-default}
            JWT_SECRET: ${JWT_SECRET}
      """;

  @TempDir static Path temp;
  static Path chart;
  static Conversion.Run run;
  static Manifests local;

  @BeforeAll
  static void convert() throws IOException {
    Path compose = temp.resolve("docker-compose.yml");
    Files.writeString(compose, COMPOSE);
    chart = temp.resolve("chart");
    run = Conversion.convert(compose, chart);
    local = new Manifests(ChartValidation.validateAllEnvironments(chart).get("local"));
  }

  @Test
  void convert_composeLiteralThatLooksSecret_staysPlainWithAWarning() {
    Map<String, Object> env = local.get("ConfigMap", "api-env");
    assertEquals("60/minute", ((Map<?, ?>) env.get("data")).get("API_KEY_RATE_LIMIT"));
    assertTrue(run.err().contains("services.api.environment.API_KEY_RATE_LIMIT: looks like a secret but its value"
        + " is written in the Compose file, so it is public and stays a plain value"), run.err());
    String keys = String.valueOf(get(container(local.get("Deployment", "api")), "env"));
    assertFalse(keys.contains("API_KEY_RATE_LIMIT"), keys);
  }

  @Test
  void render_secretKeys_areRequired() {
    List<?> env = (List<?>) get(container(local.get("Deployment", "api")), "env");
    assertEquals(2, env.size(), env.toString());
    for (Object variable : env) {
      Map<?, ?> ref = (Map<?, ?>) get(variable, "valueFrom.secretKeyRef");
      assertFalse(ref.containsKey("optional"), ref.toString());
    }
  }

  @Test
  void convert_composeDefaultOfASecret_fillsTheDeployScriptAndTheReadme() throws IOException {
    String script = Files.readString(chart.resolve("deploy-local.sh"));
    assertTrue(script.contains("  secret_key 'DB_PASSWORD' 'zammad-default'\n  secret_key 'JWT_SECRET'\n"), script);
    String readme = Files.readString(chart.resolve("README.md"));
    assertTrue(readme.contains("grep -q '^DB_PASSWORD=' .env.ecosystem || echo 'DB_PASSWORD=zammad-default' >> .env.ecosystem"),
        readme);
    assertFalse(readme.contains("JWT_SECRET="), readme);
  }
}
