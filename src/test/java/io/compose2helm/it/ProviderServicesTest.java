package io.compose2helm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Provider services ({@code provider.type}, such as Docker Model Runner's {@code model}) run no
 * container: the chart leaves them out, says what their dependants lose, and waits for nothing.
 */
class ProviderServicesTest {

  @TempDir Path temp;

  /** As Docker's documentation of model providers writes it. */
  private static final String MODEL_RUNNER = """
      services:
        chat:
          image: my-chat-app:1.0
          ports: ["8080:8080"]
          depends_on:
            - ai_runner
        ai_runner:
          provider:
            type: model
            options:
              model: ai/smollm2
      """;

  @Test
  void convert_modelProvider_isLeftOutAndItsDependantsAreTold() throws IOException {
    Conversion.Run run = Conversion.convertInline(temp, MODEL_RUNNER);
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.err().contains("docker-compose.yml:7:3: warning: services.ai_runner.provider: run by the Compose"
        + " provider 'model', not as a container, so the chart has nothing to deploy for it; chat gets none of the"
        + " variables the provider sets (AI_RUNNER_URL and AI_RUNNER_MODEL)"), run.err());
    assertFalse(run.err().contains("depends_on.ai_runner"), "the provider's warning is the only one: " + run.err());
    Path chart = temp.resolve("out");
    assertFalse(Files.readString(chart.resolve("values.yaml")).contains("ai_runner:"));
    for (Map.Entry<String, String> rendered : ChartValidation.validateAllEnvironments(chart).entrySet()) {
      Manifests manifests = new Manifests(rendered.getValue());
      Map<String, Object> chat = manifests.get("Deployment", "chat");
      assertEquals(List.of("chat"), ((List<?>) Manifests.get(chat, "spec.template.spec.containers")).stream()
          .map(container -> ((Map<?, ?>) container).get("name")).toList(), rendered.getKey());
      assertEquals(null, Manifests.get(chat, "spec.template.spec.initContainers"), rendered.getKey());
      assertFalse(rendered.getValue().contains("ai-runner"), rendered.getKey());
    }
  }

  @Test
  void config_modelProvider_keepsItsType() throws IOException {
    Path file = Files.writeString(temp.resolve("docker-compose.yml"), MODEL_RUNNER);
    Conversion.Run run = Conversion.run("config", file.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("  ai_runner:\n    provider:\n      type: model\n"), run.out());
  }

  @Test
  void convert_providerWithoutType_isAnErrorAtItsLine() {
    Conversion.Run run = Conversion.convertInline(temp, """
        services:
          llm:
            provider:
              options: {model: ai/smollm2}
        """);
    assertEquals(3, run.exitCode(), run.err());
    assertTrue(run.err().contains("docker-compose.yml:4:7: error: services.llm.provider: a provider needs a type"),
        run.err());
    assertFalse(Files.exists(temp.resolve("out")));
  }

  @Test
  void convert_providerWithAMisspeltKey_suggestsTheKey() {
    Conversion.Run run = Conversion.convertInline(temp, """
        services:
          llm:
            provider:
              tpye: model
        """);
    assertEquals(3, run.exitCode(), run.err());
    assertTrue(run.err().contains("error: services.llm.provider.tpye: unknown key 'tpye' (did you mean 'type'?)"),
        run.err());
  }
}
