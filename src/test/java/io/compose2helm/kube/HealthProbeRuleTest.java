package io.compose2helm.kube;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.compose2helm.compose.HealthCheck;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HealthProbeRuleTest {

  private static HealthCheck exec(String... argv) {
    return new HealthCheck(HealthCheck.Kind.EXEC, List.of(argv), null, null, null, null, null, false);
  }

  private static HealthCheck shell(String line) {
    return new HealthCheck(HealthCheck.Kind.SHELL, List.of(line), null, null, null, null, null, false);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "curl -fsS http://localhost:4001/health | /health | 4001 | HTTP",
    "curl -f http://127.0.0.1/ready?deep=1 | /ready?deep=1 | 80 | HTTP",
    "curl -kfs https://localhost:8443/healthz | /healthz | 8443 | HTTPS",
    "wget -qO- http://127.0.0.1:4002/health | /health | 4002 | HTTP",
    "wget --spider -q http://localhost:3000 | / | 3000 | HTTP",
    "curl --fail --max-time 2 http://localhost:9000/h | /h | 9000 | HTTP",
    "curl -fk https://localhost:8443/health | /health | 8443 | HTTPS",
    "curl --fail localhost:9200/_cluster/health | /_cluster/health | 9200 | HTTP",
    "wget -q --spider 127.0.0.1:8080/ready | /ready | 8080 | HTTP",
  })
  void actionFor_localUrlCheck_becomesHttpGet(String command, String path, int port, String scheme) {
    ProbeAction action = HealthProbeRule.actionFor(exec(command.split(" ")));
    assertEquals(new ProbeAction.HttpGet(path, port, scheme), action);
  }

  @Test
  void actionFor_shellCurlWithExit_becomesHttpGet() {
    assertEquals(new ProbeAction.HttpGet("/health", 4003, "HTTP"),
        HealthProbeRule.actionFor(shell("curl -f http://localhost:4003/health || exit 1")));
  }

  @Test
  void actionFor_shellCurlWithoutScheme_becomesHttpGet() {
    assertEquals(new ProbeAction.HttpGet("/_cluster/health", 9200, "HTTP"),
        HealthProbeRule.actionFor(shell("curl --fail localhost:9200/_cluster/health || exit 1")));
  }

  @Test
  void actionFor_ncScan_becomesTcpSocket() {
    assertEquals(new ProbeAction.TcpSocket(5432), HealthProbeRule.actionFor(shell("nc -z localhost 5432")));
    assertEquals(new ProbeAction.TcpSocket(4020), HealthProbeRule.actionFor(exec("nc", "-zv", "-w", "2", "127.0.0.1", "4020")));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "curl -f http://example.com/health",
    "curl -X POST http://localhost/health",
    "curl -H Host:x http://localhost/health",
    "wget -qO- http://user:pw@localhost/health",
    "nc localhost 5432",
    "redis-cli ping",
  })
  void actionFor_otherExecChecks_stayExec(String command) {
    List<String> argv = Arrays.asList(command.split(" "));
    assertEquals(new ProbeAction.Exec(argv), HealthProbeRule.actionFor(exec(argv.toArray(String[]::new))));
  }

  @Test
  void actionFor_shellPipeline_runsInShell() {
    String line = "pg_isready -U $POSTGRES_USER | grep accepting";
    assertEquals(new ProbeAction.Exec(List.of("sh", "-c", line)), HealthProbeRule.actionFor(shell(line)));
  }

  @Test
  void seconds_roundsUpToAtLeastOne() {
    assertEquals(1, HealthProbeRule.seconds(Duration.ofMillis(500)));
    assertEquals(90, HealthProbeRule.seconds(Duration.ofSeconds(90)));
    assertEquals(2, HealthProbeRule.seconds(Duration.ofMillis(1001)));
  }
}
