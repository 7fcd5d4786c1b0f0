package io.compose2helm.audit;

import static io.compose2helm.audit.TestServices.service;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The chart-side rules, which read only the Compose service. */
class AuditServiceRulesTest {

  private static List<String> messages(ServiceRule rule, TestServices service) {
    return rule.check(service.subject()).stream().map(Finding::message).toList();
  }

  // latest-tag

  @ParameterizedTest
  @ValueSource(strings = {"redis", "redis:latest", "registry:5000/team/api", "ghcr.io/a/b:latest"})
  void latestTag_untaggedOrLatest_reports(String image) {
    assertEquals(1, messages(new LatestTagRule(), service("cache").image(image)).size());
  }

  @ParameterizedTest
  @ValueSource(strings = {"redis:7-alpine", "registry:5000/team/api:1.2", "redis@sha256:abc123"})
  void latestTag_pinnedTagOrDigest_reportsNothing(String image) {
    assertEquals(List.of(), messages(new LatestTagRule(), service("cache").image(image)));
  }

  @Test
  void latestTag_unnamedBuild_reportsComposeDefaultName() {
    assertEquals(List.of("service api builds an image without naming it, so it is tagged"
            + " demo-api:latest"),
        messages(new LatestTagRule(), service("api").build("./api", null, null)));
  }

  // no-healthcheck

  @Test
  void noHealthcheck_publishedPortWithoutCheck_reportsAtServiceLine() {
    List<Finding> findings =
        new NoHealthcheckRule().check(service("admin").line(12).port(3001).subject());

    assertEquals(List.of("docker-compose.yml:12"), findings.stream().map(Finding::where).toList());
  }

  @Test
  void noHealthcheck_exposedPortWithDisabledCheck_reports() {
    assertEquals(List.of("service db serves a port but its healthcheck is disabled"),
        messages(new NoHealthcheckRule(), service("db").expose(5432).healthcheckDisabled()));
  }

  @Test
  void noHealthcheck_portWithCheck_reportsNothing() {
    TestServices api = service("api").port(4001).healthcheck("CMD", "curl", "-f", "http://x/h");

    assertEquals(List.of(), messages(new NoHealthcheckRule(), api));
  }

  @Test
  void noHealthcheck_workerWithoutPorts_reportsNothing() {
    assertEquals(List.of(), messages(new NoHealthcheckRule(), service("worker")));
  }

  // runs-as-root

  @ParameterizedTest
  @ValueSource(strings = {"root", "0", "0:0", "root:root"})
  void runsAsRoot_rootUser_reportsError(String user) {
    List<Finding> findings = new RunsAsRootRule().check(service("api").user(user).subject());

    assertEquals(1, findings.size());
    assertEquals("error", findings.get(0).severity().label());
  }

  @ParameterizedTest
  @ValueSource(strings = {"1000", "1000:1000", "node", "10"})
  void runsAsRoot_nonRootUser_reportsNothing(String user) {
    assertEquals(List.of(), messages(new RunsAsRootRule(), service("api").user(user)));
  }

  @Test
  void runsAsRoot_noUser_reportsNothing() {
    assertEquals(List.of(), messages(new RunsAsRootRule(), service("api")));
  }
}
