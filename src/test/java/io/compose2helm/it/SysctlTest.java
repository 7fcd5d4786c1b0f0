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
 * sysctls Kubernetes deems safe become the pod's securityContext.sysctls; the others are left out
 * with a warning, as the kubelet would refuse the pod (SysctlForbidden).
 */
class SysctlTest {

  @TempDir Path temp;

  @Test
  void convert_sysctls_setTheSafeOnesAndWarnAboutTheRest() throws IOException {
    Conversion.Run run = Conversion.convertInline(temp, """
        services:
          vpn:
            image: linuxserver/wireguard:1.0.20210914
            ports: ["51820:51820/udp"]
            sysctls:
              net.ipv4.conf.all.src_valid_mark: 1
              net.ipv4.ip_unprivileged_port_start: 0
              net/ipv4/tcp_keepalive_time: 600
        """);
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.err().contains("docker-compose.yml:2:3: warning: services.vpn.sysctls: not set:"
        + " net.ipv4.conf.all.src_valid_mark is not among the sysctls Kubernetes deems safe, and the kubelet refuses a"
        + " pod with one (SysctlForbidden) unless its --allowed-unsafe-sysctls lists it"), run.err());
    ValuesDocsCheck.assertDocumented(temp.resolve("out/values.yaml"));
    for (Map.Entry<String, String> rendered : ChartValidation.validateAllEnvironments(temp.resolve("out")).entrySet()) {
      Map<String, Object> vpn = new Manifests(rendered.getValue()).get("Deployment", "vpn");
      assertEquals(List.of(Map.of("name", "net.ipv4.ip_unprivileged_port_start", "value", "0"),
              Map.of("name", "net.ipv4.tcp_keepalive_time", "value", "600")),
          Manifests.get(vpn, "spec.template.spec.securityContext.sysctls"), rendered.getKey());
    }
  }
}
