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

/** dns_search and dns_opt join the cluster's resolver settings; dns is explained, not set. */
class DnsTest {

  @TempDir Path temp;

  @Test
  void convert_dnsSearchAndOptions_becomeThePodsDnsConfig() throws IOException {
    // As self-hosted services behind a company resolver are written: short names of the internal zone.
    Conversion.Run run = Conversion.convertInline(temp, """
        services:
          api:
            image: example/api:2.1
            ports: ["8080:8080"]
          reporter:
            image: example/reporter:1.0
            environment:
              API_URL: http://api:8080
              LDAP_HOST: ldap
            dns:
              - 10.0.0.53
            dns_search: Corp.Example.COM.
            dns_opt:
              - ndots:2
              - use-vc
        """);
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.err().contains("services.reporter.dns: not set: the cluster's DNS stays the pod's resolver"), run.err());
    assertTrue(run.err().contains("10.0.0.53 knows, forward their zone to it"), run.err());
    ValuesDocsCheck.assertDocumented(temp.resolve("out/values.yaml"));
    for (Map.Entry<String, String> rendered : ChartValidation.validateAllEnvironments(temp.resolve("out")).entrySet()) {
      Manifests manifests = new Manifests(rendered.getValue());
      Map<String, Object> reporter = manifests.get("Deployment", "reporter");
      assertEquals(List.of("corp.example.com"), Manifests.get(reporter, "spec.template.spec.dnsConfig.searches"),
          rendered.getKey());
      assertEquals(List.of(Map.of("name", "ndots", "value", "2"), Map.of("name", "use-vc")),
          Manifests.get(reporter, "spec.template.spec.dnsConfig.options"), rendered.getKey());
      assertEquals(null, Manifests.get(reporter, "spec.template.spec.dnsPolicy"), "cluster-first, the default");
      assertEquals(null, Manifests.get(manifests.get("Deployment", "api"), "spec.template.spec.dnsConfig"));
    }
  }

  @Test
  void convert_searchDomainKubernetesRefuses_isLeftOutWithAWarning() throws IOException {
    Conversion.Run run = Conversion.convertInline(temp, """
        services:
          app:
            image: example/app:1
            dns_search: [corp_internal, svc.example.net, "."]
        """);
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.err().contains("services.app.dns_search: not set: 'corp_internal', '.' are no domain name"),
        run.err());
    for (Map.Entry<String, String> rendered : ChartValidation.validateAllEnvironments(temp.resolve("out")).entrySet()) {
      Map<String, Object> app = new Manifests(rendered.getValue()).get("Deployment", "app");
      assertEquals(List.of("svc.example.net"), Manifests.get(app, "spec.template.spec.dnsConfig.searches"));
    }
  }
}
