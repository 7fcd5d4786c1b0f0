package io.compose2helm.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class GatewayApiSchemaTest {

  private final KubeSchema schema = GatewayApiSchema.register(KubeSchema.standard());

  private static final String ROUTE = """
      apiVersion: gateway.networking.k8s.io/v1
      kind: HTTPRoute
      metadata:
        name: web
      spec:
        parentRefs:
          - name: platform-gateway
            namespace: gateway-system
            sectionName: https
        hostnames:
          - web.example.com
        rules:
          - matches:
              - path:
                  type: PathPrefix
                  value: /
            backendRefs:
              - name: web
                port: 3000
            timeouts:
              request: 1800s
              backendRequest: 1800s
      """;

  private static final String GATEWAY = """
      apiVersion: gateway.networking.k8s.io/v1
      kind: Gateway
      metadata:
        name: local
      spec:
        gatewayClassName: traefik
        listeners:
          - name: http
            protocol: HTTP
            port: 8000
          - name: https
            protocol: HTTPS
            port: 8443
            hostname: "*.localhost"
            tls:
              mode: Terminate
              certificateRefs:
                - name: local-tls
      """;

  private List<String> problems(String yaml) {
    return schema.validate(yaml).stream().map(ManifestProblem::toString).toList();
  }

  @Test
  void validate_wellFormedRouteAndGateway_passes() {
    assertEquals(List.of(), problems(ROUTE));
    assertEquals(List.of(), problems(GATEWAY));
  }

  @Test
  void validate_unknownRouteField_failsWithItsPath() {
    assertEquals(List.of("HTTPRoute/web: spec.rules[0].backendRefs[0].servicePort: unknown field \"servicePort\" in HTTPBackendRef"),
        problems(ROUTE.replace("port: 3000", "port: 3000\n          servicePort: 3000")));
  }

  @Test
  void validate_portAsText_failsToBind() {
    List<String> found = problems(ROUTE.replace("port: 3000", "port: \"3000\""));
    assertEquals(1, found.size(), found.toString());
    assertEquals(true, found.get(0).startsWith("HTTPRoute/web: spec.rules.0.backendRefs.0.port: does not bind to HTTPRoute"), found.get(0));
  }

  @Test
  void validate_serviceBackendWithoutPort_isRequired() {
    assertEquals(List.of("HTTPRoute/web: spec.rules[0].backendRefs[0].port: required for a Service backend"),
        problems(ROUTE.replace("          port: 3000\n", "")));
  }

  @Test
  void validate_badDurationsAndHostname_fail() {
    assertEquals(List.of(
            "HTTPRoute/web: spec.hostnames[0]: not a hostname: Web_Example",
            "HTTPRoute/web: spec.rules[0].timeouts.request: must match ^([0-9]{1,5}(h|m|s|ms)){1,4}$"),
        problems(ROUTE.replace("web.example.com", "Web_Example").replace("  request: 1800s", "  request: \"1800\"")));
    assertEquals(List.of("HTTPRoute/web: spec.rules[0].timeouts: backendRequest must be <= request"),
        problems(ROUTE.replace("backendRequest: 1800s", "backendRequest: 1h")));
  }

  @Test
  void validate_httpsListenerWithoutTls_andMissingClass_fail() {
    assertEquals(List.of(
            "Gateway/local: spec.gatewayClassName: required",
            "Gateway/local: spec.listeners[1].tls: must be specified for protocol HTTPS"),
        problems(GATEWAY.replace("  gatewayClassName: traefik\n", "").replaceAll("(?s)      tls:.*", "")));
  }

  @Test
  void validate_unknownListenerField_fails() {
    assertEquals(List.of("Gateway/local: spec.listeners[0].tlsMode: unknown field \"tlsMode\" in Listener"),
        problems(GATEWAY.replace("port: 8000", "port: 8000\n      tlsMode: none")));
  }
}
