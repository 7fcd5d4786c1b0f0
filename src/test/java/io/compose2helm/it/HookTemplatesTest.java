package io.compose2helm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.compose2helm.testing.HelmChecks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * helm-java leaves hooks (helm test pods, hook Jobs) out of its template output; rendering a copy
 * with the hook annotations removed puts them through the same schema check as everything else.
 */
class HookTemplatesTest {

  @Test
  void render_hookObjects_areValidKubernetesObjects(@TempDir Path temp) throws IOException {
    Path chart = temp.resolve("hints-files");
    Conversion.convert(Path.of("src/test/resources/golden/hints-files/docker-compose.yml"), chart);
    stripHookAnnotations(chart.resolve("templates"));
    String rendered = ChartValidation.render(chart, "local");
    ChartValidation.SCHEMA.assertValid(rendered);
    Manifests manifests = new Manifests(rendered);
    Map<String, Object> job = manifests.get("Job", "migrate");
    assertEquals(List.of("./migrate", "up"), Manifests.get(Manifests.container(job), "args"));
    Map<String, Object> test = manifests.get("Pod", "gateway-test-connection");
    String command = String.valueOf(Manifests.get(test, "spec.containers.0.command"));
    assertTrue(command.contains("nc -z -w 5 gateway 8080"), command);
  }

  @Test
  void render_sampleHelmTests_checkEveryServiceWithAPort(@TempDir Path temp) throws IOException {
    Path chart = temp.resolve("bytelyst");
    Conversion.convert(Path.of("samples/bytelyst/docker-compose.yml"), chart);
    stripHookAnnotations(chart.resolve("templates"));
    String rendered = HelmChecks.template(chart, "rel", "apps",
        ChartValidation.valuesFiles(chart, "prod"));
    ChartValidation.SCHEMA.assertValid(rendered);
    assertEquals(9, new Manifests(rendered).ofKind("Pod").size(), "one test pod per served service");
  }

  private static void stripHookAnnotations(Path templates) throws IOException {
    try (Stream<Path> files = Files.walk(templates)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        String text = Files.readString(file);
        Files.writeString(file, text.replaceAll("helm\\.sh/hook", "example.com/was-hook"));
      }
    }
  }
}
