package io.compose2helm.compose;

import static io.compose2helm.compose.ComposeTestSupport.load;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.compose2helm.compose.Dependency.Condition;
import io.compose2helm.compose.EnvVar.Origin;
import io.compose2helm.compose.HealthCheck.Kind;
import io.compose2helm.compose.VolumeMount.Type;
import io.compose2helm.diagnostics.Diagnostics;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ComposeLoaderServiceSyntaxTest {

  private static Diagnostics diagnostics;
  private static ComposeProject project;
  private static Service api;

  @BeforeAll
  static void loadFixture() {
    diagnostics = new Diagnostics();
    project = load("full/compose.yaml", diagnostics);
    api = project.services().get("api");
  }

  @Test
  void load_topLevelName_isNormalized() {
    assertEquals("my_shopapp", project.name());
    assertEquals(List.of("src/test/resources/compose/full/compose.yaml"), project.files());
  }

  @Test
  void load_services_keepSourceOrderAndNames() {
    assertEquals(List.of("api", "db", "worker", "off", "none"), List.copyOf(project.services().keySet()));
    assertEquals(3, api.location().line());
    assertEquals(3, api.location().column());
  }

  @Test
  void load_imageAndBuildMapping_areRead() {
    assertEquals("example/api:1.0", api.image());
    assertEquals("./api", api.build().context());
    assertEquals("Dockerfile.prod", api.build().dockerfile());
    assertEquals("runtime", api.build().target());
    assertEquals("1.2", api.build().args().get("VERSION"));
    assertTrue(api.build().args().containsKey("COMMIT"));
    assertNull(api.build().args().get("COMMIT"));
  }

  @Test
  void load_commandString_isSplitLikeAShell() {
    assertEquals(
        List.of("bash", "-c", "echo 'hello world' && run \"x y\"", "plain word"), api.command());
    assertEquals(List.of("/entry.sh", "--flag"), api.entrypoint());
  }

  @Test
  void load_commandEmptyList_staysEmptyAndAbsentIsNull() {
    assertEquals(List.of(), project.services().get("db").command());
    assertNull(project.services().get("db").entrypoint());
    assertEquals(List.of("run", "--once"), project.services().get("worker").command());
  }

  @Test
  void load_environmentMap_keepsRawAndValue() {
    EnvVar mode = api.environment().get(0);
    assertEquals("MODE", mode.name());
    assertEquals("production", mode.rawValue());
    assertEquals("production", mode.value());
    assertEquals(Origin.ENVIRONMENT, mode.origin());
    assertEquals(15, mode.location().line());
    assertEquals("8080", api.environment().get(1).value());
  }

  @Test
  void load_environmentNullValueWithoutVariable_isDroppedWithWarning() {
    assertFalse(api.environment().stream().anyMatch(v -> v.name().equals("EMPTY")));
    assertTrue(hasWarning("services.api.environment.EMPTY", "EMPTY"));
  }

  @Test
  void load_environmentList_splitsAtFirstEquals() {
    List<EnvVar> env = project.services().get("db").environment();
    assertEquals(1, env.size());
    assertEquals("POSTGRES_DB", env.get(0).name());
    assertEquals("shop", env.get(0).value());
    assertTrue(hasWarning("services.db.environment[1]", "UNSET_BARE"));
  }

  @Test
  void load_shortPortRange_expandsEachPort() {
    List<PortMapping> ports = api.ports();
    assertTrue(ports.contains(new PortMapping(null, 7000, 8000, "tcp", null, null)));
    assertTrue(ports.contains(new PortMapping(null, 7001, 8001, "tcp", null, null)));
  }

  @Test
  void load_shortPorts_allForms() {
    List<PortMapping> ports = api.ports();
    assertEquals(new PortMapping(null, null, 80, "tcp", null, null), ports.get(0));
    assertEquals(new PortMapping(null, 8080, 80, "tcp", null, null), ports.get(1));
    assertEquals(new PortMapping("127.0.0.1", 9090, 90, "tcp", null, null), ports.get(2));
    assertEquals(new PortMapping(null, null, 53, "udp", null, null), ports.get(5));
    assertEquals(new PortMapping("::1", 5000, 5000, "tcp", null, null), ports.get(6));
    assertEquals(new PortMapping(null, null, 3000, "tcp", null, null), ports.get(7));
  }

  @Test
  void load_longSyntaxPort_readsEveryField() {
    assertEquals(new PortMapping("0.0.0.0", 8443, 443, "tcp", "https", "https"), api.ports().get(8));
    assertEquals(9, api.ports().size());
  }

  @Test
  void load_expose_numbersRangesAndProtocols() {
    assertEquals(List.of(9000, 9100, 9101, 9200), api.expose());
  }

  @Test
  void load_healthcheckExec_withGoDurations() {
    HealthCheck check = api.healthcheck();
    assertEquals(Kind.EXEC, check.kind());
    assertEquals(List.of("curl", "-f", "http://localhost"), check.test());
    assertEquals(Duration.ofSeconds(90), check.interval());
    assertEquals(Duration.ofMillis(500), check.timeout());
    assertEquals(3, check.retries());
    assertEquals(Duration.ofMinutes(62), check.startPeriod());
    assertEquals(Duration.ofSeconds(5), check.startInterval());
    assertFalse(check.disabled());
  }

  @Test
  void load_healthcheckStringAndCmdShell_areShell() {
    HealthCheck db = project.services().get("db").healthcheck();
    assertEquals(Kind.SHELL, db.kind());
    assertEquals(List.of("pg_isready -U postgres"), db.test());
    HealthCheck worker = project.services().get("worker").healthcheck();
    assertEquals(Kind.SHELL, worker.kind());
    assertEquals(List.of("test -f /ready"), worker.test());
  }

  @Test
  void load_healthcheckDisableOrNone_isDisabled() {
    assertTrue(project.services().get("off").healthcheck().disabled());
    HealthCheck none = project.services().get("none").healthcheck();
    assertTrue(none.disabled());
    assertEquals(Kind.NONE, none.kind());
  }

  @Test
  void load_extraHosts_allSeparatorsAndHostGateway() {
    assertEquals(
        List.of(
            new ExtraHost("db.local", "10.0.0.5"),
            new ExtraHost("cache.local", "10.0.0.6"),
            new ExtraHost("v6.local", "::1"),
            new ExtraHost("gateway", "host-gateway")),
        api.extraHosts());
    assertTrue(api.extraHosts().get(3).isHostGateway());
  }

  @Test
  void load_volumes_shortAndLongSyntax() {
    assertEquals(
        List.of(
            new VolumeMount(Type.VOLUME, "data", "/var/lib/data", true),
            new VolumeMount(Type.BIND, "./conf", "/etc/conf", false),
            new VolumeMount(Type.BIND, "/abs/path", "/abs", false),
            new VolumeMount(Type.BIND, "~/home", "/home/x", false),
            new VolumeMount(Type.ANONYMOUS, null, "/anonymous", false),
            new VolumeMount(Type.TMPFS, null, "/tmp", false),
            new VolumeMount(Type.BIND, "./static", "/static", true),
            new VolumeMount(Type.ANONYMOUS, null, "/cache", false)),
        api.volumes());
  }

  @Test
  void load_dependsOn_mapAndList() {
    assertEquals(
        List.of(
            new Dependency("db", Condition.HEALTHY, false),
            new Dependency("worker", Condition.COMPLETED_SUCCESSFULLY, true)),
        api.dependsOn());
    assertEquals(
        List.of(new Dependency("db", Condition.STARTED, true)),
        project.services().get("worker").dependsOn());
  }

  @Test
  void load_deploy_replicasAndResources() {
    assertEquals(3, api.replicas());
    assertEquals("0.5", api.resources().limits().cpus());
    assertEquals(512L * 1024 * 1024, api.resources().limits().memoryBytes());
    assertEquals("0.25", api.resources().reservations().cpus());
    assertEquals((long) (1.5 * 1024 * 1024 * 1024), api.resources().reservations().memoryBytes());
  }

  @Test
  void load_scale_isReplicasFallback() {
    assertEquals(2, project.services().get("db").replicas());
    assertNull(project.services().get("worker").replicas());
  }

  @Test
  void load_simpleServiceKeys_areRead() {
    assertEquals("unless-stopped", api.restart());
    assertEquals("1000:1000", api.user());
    assertTrue(api.readOnly());
    assertEquals("/app", api.workingDir());
    assertEquals(Duration.ofSeconds(90), api.stopGracePeriod());
    assertEquals(List.of("web", "debug"), api.profiles());
  }

  @Test
  void load_labels_mapAndList() {
    assertEquals(Map.of("com.example.team", "shop", "com.example.tier", "backend"), api.labels());
    assertEquals(Map.of("a", "b", "flag", ""), project.services().get("db").labels());
  }

  @Test
  void load_networks_mapAndListGiveNames() {
    assertEquals(List.of("front", "back"), api.networks());
    assertEquals(List.of("back"), project.services().get("db").networks());
  }

  @Test
  void load_secretsAndConfigs_shortAndLong() {
    assertEquals(
        List.of(
            new ServiceFileRef("db-password", null, null),
            new ServiceFileRef("api-key", "/run/secrets/key", 0440)),
        api.secrets());
    assertEquals(List.of(new ServiceFileRef("app-config", null, null)), api.configs());
  }

  @Test
  void load_serviceExtensions_arePlainJavaValues() {
    assertEquals(Map.of("x-owner", Map.of("team", "shop", "oncall", true, "size", 3L)), api.extensions());
    assertEquals(Map.of("x-common", Map.of("retries", 5L)), project.extensions());
  }

  @Test
  void load_topLevelObjects_areRead() {
    assertEquals(
        new NamedVolume("data", "local", Map.of("type", "none"), false, Map.of("a", "b")),
        project.volumes().get("data"));
    assertTrue(project.volumes().get("ext").external());
    assertEquals(new NamedNetwork("back", "bridge", false, true), project.networks().get("back"));
    assertEquals(new NamedNetwork("front", null, false, false), project.networks().get("front"));
    assertEquals(
        new FileObject("db-password", "./db-password.txt", null, null, false),
        project.secrets().get("db-password"));
    assertEquals("API_KEY", project.secrets().get("api-key").environment());
    assertEquals("key=value", project.configs().get("app-config").content());
  }

  @Test
  void load_fullFixture_hasNoErrors() {
    assertTrue(diagnostics.errors().isEmpty(), diagnostics.all().toString());
  }

  private static boolean hasWarning(String key, String messagePart) {
    return diagnostics.warnings().stream()
        .anyMatch(d -> d.key().equals(key) && d.message().contains(messagePart));
  }
}
