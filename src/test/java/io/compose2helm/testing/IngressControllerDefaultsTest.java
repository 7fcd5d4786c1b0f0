package io.compose2helm.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IngressControllerDefaultsTest {

  private static String ingress(String name, String annotations) {
    return """
        ---
        apiVersion: networking.k8s.io/v1
        kind: Ingress
        metadata:
          name: %s
          annotations:
        %s
        spec:
          rules: []
        """.formatted(name, annotations.indent(4).stripTrailing());
  }

  private static final String STREAMING = """
      nginx.ingress.kubernetes.io/proxy-read-timeout: "1800"
      nginx.ingress.kubernetes.io/proxy-buffering: "off"
      """;

  @Test
  void assertAccepted_timeoutsAndBuffering_pass() {
    IngressControllerDefaults.assertAccepted(ingress("flow", STREAMING));
  }

  @Test
  void assertAccepted_configurationSnippet_failsNamingIngressAndKey() {
    String rendered = ingress("web", "a: b") + ingress("flow", STREAMING
        + "nginx.ingress.kubernetes.io/configuration-snippet: |\n  proxy_set_header Upgrade $http_upgrade;\n");

    AssertionError error = assertThrows(AssertionError.class, () -> IngressControllerDefaults.assertAccepted(rendered));

    assertTrue(error.getMessage().contains("Ingress/flow: nginx.ingress.kubernetes.io/configuration-snippet"),
        error.getMessage());
  }

  @Test
  void refusedAnnotations_snippetOnAnotherKind_isNotAnIngressConcern() {
    String configMap = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n  annotations:\n"
        + "    nginx.ingress.kubernetes.io/server-snippet: x\n";

    assertEquals(List.of(), IngressControllerDefaults.refusedAnnotations(configMap));
  }

  @ParameterizedTest
  @ValueSource(strings = {"nginx.ingress.kubernetes.io/server-snippet", "nginx.ingress.kubernetes.io/configuration-snippet",
      "nginx.ingress.kubernetes.io/auth-snippet", "nginx.ingress.kubernetes.io/stream-snippet",
      "haproxy.org/backend-config-snippet", "nginx.org/server-snippets", "Snippet"})
  void isSnippet_snippetKeys_true(String key) {
    assertTrue(IngressControllerDefaults.isSnippet(key));
  }

  @ParameterizedTest
  @ValueSource(strings = {"nginx.ingress.kubernetes.io/proxy-read-timeout", "nginx.ingress.kubernetes.io/proxy-buffering",
      "snippet.example.com/name"})
  void isSnippet_otherKeys_false(String key) {
    assertTrue(!IngressControllerDefaults.isSnippet(key));
  }
}
