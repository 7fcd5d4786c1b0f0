package io.compose2helm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.compose2helm.testing.ValuesDocsCheck;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code cap_add} adds its capabilities back on top of the dropped-ALL default; without a user of
 * its own the service runs as root, as under Compose, since added capabilities only take effect
 * for root.
 */
class CapabilitiesTest {

  @TempDir Path temp;

  @Test
  void convert_capAddWithoutAUser_addsThemBackAndRunsAsRoot() throws IOException {
    // As awesome-compose's wireguard example writes it.
    Conversion.Run run = Conversion.convertInline(temp, """
        services:
          wireguard:
            image: linuxserver/wireguard:1.0.20210914
            cap_add:
              - NET_ADMIN
              - CAP_SYS_MODULE
            ports:
              - 51820:51820/udp
            sysctls:
              - net.ipv4.conf.all.src_valid_mark=1
        """);
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.err().contains("docker-compose.yml:2:3: warning: services.wireguard.cap_add: capabilities NET_ADMIN,"
        + " SYS_MODULE are added back (securityContext.capabilities.add); they take effect only for root, so the service"
        + " runs as root (runAsNonRoot off), as under Compose. The Pod Security baseline level refuses NET_ADMIN,"
        + " SYS_MODULE: its namespace must allow privileged pods"), run.err());
    ValuesDocsCheck.assertDocumented(temp.resolve("out/values.yaml"));
    for (Map.Entry<String, String> rendered : ChartValidation.validateAllEnvironments(temp.resolve("out")).entrySet()) {
      Map<String, Object> pod = podSpec(rendered.getValue(), "wireguard");
      assertEquals(List.of("NET_ADMIN", "SYS_MODULE"), Manifests.get(pod, "containers.0.securityContext.capabilities.add"),
          rendered.getKey());
      assertEquals(List.of("ALL"), Manifests.get(pod, "containers.0.securityContext.capabilities.drop"), rendered.getKey());
      assertEquals(0, Manifests.get(pod, "securityContext.runAsUser"), rendered.getKey());
      assertEquals(false, Manifests.get(pod, "securityContext.runAsNonRoot"), rendered.getKey());
    }
  }

  @Test
  void convert_capAddWithAComposeUser_keepsTheUser() throws IOException {
    Conversion.Run run = Conversion.convertInline(temp, """
        services:
          web:
            image: example/web:1
            user: "1000:1000"
            cap_add: [NET_BIND_SERVICE]
            ports: ["80:80"]
        """);
    assertEquals(0, run.exitCode(), run.err());
    // Its own user and a capability the baseline allows: the message stops after the capabilities.
    assertTrue(run.err().contains("services.web.cap_add: capability NET_BIND_SERVICE is added back"
        + " (securityContext.capabilities.add)\n"), run.err());
    Map<String, Object> pod = podSpec(ChartValidation.render(temp.resolve("out"), "prod"), "web");
    assertEquals(1000, Manifests.get(pod, "securityContext.runAsUser"));
    assertEquals(List.of("NET_BIND_SERVICE"), Manifests.get(pod, "containers.0.securityContext.capabilities.add"));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> podSpec(String manifests, String workload) {
    Manifests parsed = new Manifests(manifests);
    Map<String, Object> object = parsed.find("Deployment", workload).orElseGet(() -> parsed.get("StatefulSet", workload));
    return (Map<String, Object>) Manifests.get(object, "spec.template.spec");
  }
}
