package io.compose2helm.testing;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonParser;
import io.kubernetes.client.openapi.models.V1Deployment;
import org.junit.jupiter.api.Test;

/**
 * Pins down what the generated {@code validateJsonElement} does and does not catch, which is why
 * {@link KubeModelShapeChecker} exists.
 */
class KubeClientValidatorBehaviourTest {

  private static final String DEPLOYMENT = """
      {"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "web"},
       "spec": {"replicas": %s, "selector": {}, "template": {"spec": {"containers": [%s]}}}}
      """;

  @Test
  void validateJsonElement_nestedUnknownField_throwsWithoutPath() {
    var json = JsonParser.parseString(DEPLOYMENT.formatted("1", "{\"name\": \"a\", \"imagee\": 1}"));

    IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
        () -> V1Deployment.validateJsonElement(json));

    assertTrue(error.getMessage().contains("`imagee`"), error.getMessage());
    assertTrue(error.getMessage().contains("V1Container"), error.getMessage());
  }

  @Test
  void validateJsonElement_nestedMissingRequiredField_throws() {
    var json = JsonParser.parseString(DEPLOYMENT.formatted("1", "{\"image\": \"nginx\"}"));

    assertThrows(IllegalArgumentException.class, () -> V1Deployment.validateJsonElement(json));
  }

  @Test
  void validateJsonElement_stringForInteger_isNotDetected() {
    var json = JsonParser.parseString(DEPLOYMENT.formatted("\"two\"", "{\"name\": \"a\"}"));

    assertDoesNotThrow(() -> V1Deployment.validateJsonElement(json));
  }

  @Test
  void validateJsonElement_numberForString_isNotDetected() {
    var json = JsonParser.parseString(DEPLOYMENT.formatted("1", "{\"name\": 5}"));

    assertDoesNotThrow(() -> V1Deployment.validateJsonElement(json));
  }
}
