package io.compose2helm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.compose2helm.it.Conversion.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every service key the Compose specification defines is either mapped or named in a warning:
 * none is dropped silently. The key list comes from the shared reference schema, so a key added to
 * the spec fails here until it is handled.
 */
class ServiceKeyCoverageTest {

  private static final Path SPEC = Path.of("..", "shared", "reference", "compose-spec.json");

  // Plausible values for the keys the loader models; any other key is warned about before its
  // value is read, so a placeholder value serves.
  private static final Map<String, String> MAPPED_VALUES = Map.ofEntries(
      Map.entry("image", "example/app:1"),
      Map.entry("build", "./app"),
      Map.entry("command", "[\"run\"]"),
      Map.entry("entrypoint", "[\"/init\"]"),
      Map.entry("environment", "{A: \"1\"}"),
      Map.entry("env_file", "[{path: missing.env, required: false}]"),
      Map.entry("ports", "[\"8080:80\"]"),
      Map.entry("expose", "[\"80\"]"),
      Map.entry("healthcheck", "{test: [\"CMD\", \"true\"]}"),
      Map.entry("extra_hosts", "[\"host.docker.internal:host-gateway\"]"),
      Map.entry("volumes", "[\"/data\"]"),
      Map.entry("tmpfs", "[\"/run:size=64m\"]"),
      Map.entry("depends_on", "[db]"),
      Map.entry("deploy", "{replicas: 2}"),
      Map.entry("scale", "2"),
      Map.entry("restart", "always"),
      Map.entry("user", "\"1000\""),
      Map.entry("read_only", "true"),
      Map.entry("working_dir", "/app"),
      Map.entry("stop_grace_period", "10s"),
      Map.entry("labels", "{team: core}"),
      Map.entry("profiles", "[tools]"),
      Map.entry("networks", "[default]"),
      Map.entry("hostname", "app-host"),
      Map.entry("container_name", "app-box"),
      Map.entry("secrets", "[]"),
      Map.entry("configs", "[]"),
      Map.entry("extends", "{service: db}"),
      Map.entry("provider", "{type: model}"),
      Map.entry("links", "[db]"),
      Map.entry("cap_add", "[NET_ADMIN]"),
      Map.entry("cpus", "0.5"),
      Map.entry("mem_limit", "512m"),
      Map.entry("mem_reservation", "256m"),
      Map.entry("tty", "true"),
      Map.entry("stdin_open", "true"),
      Map.entry("init", "true"),
      Map.entry("dns", "[1.1.1.1]"),
      Map.entry("dns_search", "[corp.example.com]"),
      Map.entry("dns_opt", "[\"ndots:2\"]"),
      Map.entry("sysctls", "[net.ipv4.ip_unprivileged_port_start=0]"),
      Map.entry("privileged", "true"),
      Map.entry("group_add", "[\"109\"]"));

  /** Ignored keys whose format Compose still checks, so "placeholder" would be refused. */
  private static final Map<String, String> IGNORED_KEY_VALUES = Map.ofEntries(
      Map.entry("cpu_count", "2"),
      Map.entry("cpu_percent", "50"),
      Map.entry("cpu_shares", "512"),
      Map.entry("mem_swappiness", "60"),
      Map.entry("memswap_limit", "1g"),
      Map.entry("oom_score_adj", "-500"),
      Map.entry("pids_limit", "100"),
      Map.entry("shm_size", "64m"));

  static List<String> serviceKeys() throws IOException {
    List<String> keys = new ArrayList<>();
    new ObjectMapper().readTree(SPEC.toFile()).at("/definitions/service/properties").fieldNames()
        .forEachRemaining(keys::add);
    return keys;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("serviceKeys")
  void convert_specServiceKey_isMappedOrWarned(String key, @TempDir Path dir) throws IOException {
    Path compose = dir.resolve("compose.yaml");
    String value = MAPPED_VALUES.getOrDefault(key, IGNORED_KEY_VALUES.getOrDefault(key, "placeholder"));
    String imageLine = key.equals("image") ? "" : "    image: example/app:1\n";
    Files.writeString(compose, "services:\n  db:\n    image: postgres:16\n  app:\n" + imageLine
        + "    " + key + ": " + value + "\n");

    Run run = Conversion.run(compose.toString(), "-o", dir.resolve("chart").toString());

    assertEquals(0, run.exitCode(), () -> key + ": " + run.err());
    if (!MAPPED_VALUES.containsKey(key)) {
      assertTrue(run.err().contains("services.app." + key + ": "), () -> key + " was dropped silently:\n" + run.err());
    }
  }
}
