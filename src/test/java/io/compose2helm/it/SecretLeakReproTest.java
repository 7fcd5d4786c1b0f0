package io.compose2helm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The leaks of issue 10, each as found: a secret from the env file (or the process environment)
 * used where a message, {@code config}, {@code audit} or an emitted file would show it. No output
 * may hold the value, a piece of it, or its base64 or URL-encoded form. Keys that used to warn
 * (restart, user, profiles, extra_hosts) now refuse a secret: Kubernetes would show it as written.
 */
class SecretLeakReproTest {

  private static final String REDIS = "R3d1sPW777";
  private static final String DB = "S3cr3t-XYZ-123";
  private static final String ENV = "REDIS_PASSWORD=" + REDIS + "\nDB_PASSWORD=" + DB + "\n";

  @TempDir Path dir;

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      ports error              | ports: ["${REDIS_PASSWORD}:80"]                               | 3
      ports piece error        | ports: ["${DB_PASSWORD}:80"]                                  | 3
      expose error             | expose: ["${REDIS_PASSWORD}"]                                 | 3
      replicas error           | deploy: {replicas: "${REDIS_PASSWORD}"}                       | 3
      duration error           | stop_grace_period: "${REDIS_PASSWORD}"                        | 3
      retries error            | healthcheck: {test: [CMD, "true"], retries: "${REDIS_PASSWORD}"} | 3
      memory error             | deploy: {resources: {limits: {memory: "${REDIS_PASSWORD}"}}}  | 3
      cpus error               | deploy: {resources: {limits: {cpus: "${DB_PASSWORD}"}}}       | 3
      extra_hosts error        | extra_hosts: ["${REDIS_PASSWORD}"]                            | 3
      depends_on error         | depends_on: ["${REDIS_PASSWORD}"]                             | 3
      volumes error            | volumes: ["${REDIS_PASSWORD}:/data"]                          | 3
      secrets error            | secrets: ["${REDIS_PASSWORD}"]                                | 3
      env_file error           | env_file: ["${REDIS_PASSWORD}.env"]                           | 3
      restart refused          | restart: "${REDIS_PASSWORD}"                                  | 3
      user refused             | user: "${REDIS_PASSWORD}"                                     | 3
      profiles refused         | profiles: ["${REDIS_PASSWORD}"]                               | 3
      extra_hosts refused      | extra_hosts: ["${REDIS_PASSWORD}:10.0.0.1"]                   | 3
      label error              | labels: {pw: "${REDIS_PASSWORD}"}                             | 3
      working_dir error        | working_dir: "/srv/${REDIS_PASSWORD}"                         | 3
      image tag error          | image: "nginx:${REDIS_PASSWORD}"                              | 3
      healthcheck converts     | healthcheck: {test: "redis-cli -a ${REDIS_PASSWORD} ping"}    | 0
      url healthcheck converts | healthcheck: {test: "curl -f http://localhost/health?k=${DB_PASSWORD}"} | 0
      """)
  void convert_secretInAKey_neverShowsIt(String name, String key, int exitCode) throws IOException {
    Path compose = write("services:\n  web:\n    image: nginx:1.27\n    " + key + "\n", ENV);

    Conversion.Run run = Conversion.run("-f", compose.toString(), "-o", dir.resolve("chart").toString());

    assertEquals(exitCode, run.exitCode(), run.err());
    assertHidden(run.out() + run.err() + emitted());
  }

  @Test
  void convert_secretInTextKubernetesUsesAsWritten_isRefusedNamingTheVariable() throws IOException {
    Path compose = write("""
        services:
          web:
            image: nginx:1.27
            volumes:
              - ./app.conf:/etc/app.conf:ro
            configs: [inline]
            x-compose2helm:
              ingress:
                host: ${REDIS_PASSWORD}.example.com
        name: app-${REDIS_PASSWORD}
        configs:
          inline:
            content: "pw=${DB_PASSWORD}"
        """, ENV);
    Files.writeString(dir.resolve("app.conf"), "password=" + REDIS + "\n");

    Conversion.Run run = Conversion.run("-f", compose.toString(), "-o", dir.resolve("chart").toString(), "-q");

    assertEquals(3, run.exitCode(), run.err());
    String name = compose.toString();
    assertTrue(run.err().contains(name + ":9:15: error: services.web.x-compose2helm.ingress.host: embeds the secret"
        + " ${REDIS_PASSWORD}"), run.err());
    assertTrue(run.err().contains(name + ":10:7: error: name: embeds the secret ${REDIS_PASSWORD}"), run.err());
    assertTrue(run.err().contains("error: services.web: mounts file 'app.conf' that holds the secret ${REDIS_PASSWORD}"),
        run.err());
    assertTrue(run.err().contains("error: services.web: mounts file 'inline' that holds the secret ${DB_PASSWORD}"),
        run.err());
    assertFalse(Files.exists(dir.resolve("chart")), "nothing is written");
    assertHidden(run.out() + run.err());
  }

  @Test
  void config_secretInAKey_neverShowsIt() throws IOException {
    Path compose = write("services:\n  web:\n    image: nginx\n    ports: [\"${DB_PASSWORD}:80\"]\n"
        + "    command: [\"--url\", \"postgres://u:${DB_PASSWORD}@db\"]\n", ENV);

    Conversion.Run run = Conversion.run("config", "-f", compose.toString());

    assertHidden(run.out() + run.err());
  }

  @Test
  void convert_osEnvSecret_neverShowsIt() throws IOException {
    Path compose = write("services:\n  web:\n    image: nginx\n    ports: [\"${API_TOKEN}:80\"]\n", "");

    Conversion.Run run = Conversion.runWithEnvironment(Map.of("API_TOKEN", REDIS),
        "--os-env", "-f", compose.toString(), "-o", dir.resolve("chart").toString());

    assertEquals(3, run.exitCode(), run.err());
    assertTrue(run.err().contains("'${API_TOKEN}' is not a port number"), run.err());
    assertHidden(run.out() + run.err());
  }

  @Test
  void convert_osEnvSecretInHealthcheck_isReadFromTheEnvironment() throws IOException {
    Path compose = write("services:\n  web:\n    image: nginx\n    healthcheck:\n"
        + "      test: curl -f http://localhost/?t=${API_TOKEN}\n", "");

    Conversion.Run run = Conversion.runWithEnvironment(Map.of("API_TOKEN", REDIS),
        "--os-env", "-f", compose.toString(), "-o", dir.resolve("chart").toString(), "-q");

    assertEquals(0, run.exitCode(), run.err());
    assertTrue(Files.readString(dir.resolve("chart/values.yaml")).contains("curl -f http://localhost/?t=\"$API_TOKEN\""));
    assertHidden(run.out() + run.err() + emitted());
  }

  @Test
  void convert_includedProjectsSecretInHealthcheck_isReadFromTheEnvironment() throws IOException {
    Path compose = write("include:\n  - sub/compose.yaml\nservices:\n  web:\n    image: nginx\n", "");
    Files.createDirectories(dir.resolve("sub"));
    Files.writeString(dir.resolve("sub/compose.yaml"),
        "services:\n  cache:\n    image: redis:7\n    healthcheck:\n      test: redis-cli -a ${REDIS_PASSWORD} ping\n");
    Files.writeString(dir.resolve("sub/.env"), "REDIS_PASSWORD=" + REDIS + "\n");

    Conversion.Run run = Conversion.run("-f", compose.toString(), "-o", dir.resolve("chart").toString(), "-q");

    assertEquals(0, run.exitCode(), run.err());
    assertTrue(Files.readString(dir.resolve("chart/values.yaml")).contains("redis-cli -a \"$REDIS_PASSWORD\" ping"));
    assertHidden(run.out() + run.err() + emitted());
  }

  @Test
  void convert_plainNamedVariableComposedOfASecret_isReadFromTheSecret() throws IOException {
    Path compose = write("services:\n  web:\n    image: nginx\n    environment: [CONN_STRING]\n",
        ENV + "CONN_STRING=\"Pwd=${DB_PASSWORD}\"\nCOPY=\"Pwd=" + DB + "\"\n");
    Files.writeString(compose, "    env_file: [extra.env]\n", java.nio.file.StandardOpenOption.APPEND);
    Files.writeString(dir.resolve("extra.env"), "LITERAL_COPY=Pwd=" + DB + "\n");

    Conversion.Run run = Conversion.run("-f", compose.toString(), "-o", dir.resolve("chart").toString(), "-q");

    assertEquals(0, run.exitCode(), run.err());
    assertHidden(emitted());
    String values = Files.readString(dir.resolve("chart/values.yaml"));
    assertEquals("CONN_STRING", secretKey(values, "CONN_STRING"), values);
  }

  @Test
  void convert_basicAuth_isASecret() throws IOException {
    Path compose = write("services:\n  web:\n    image: nginx\n    environment:\n      BASIC_AUTH: ${BASIC_AUTH}\n",
        "BASIC_AUTH=user:" + REDIS + "\n");

    Conversion.Run run = Conversion.run("-f", compose.toString(), "-o", dir.resolve("chart").toString(), "-q");

    assertEquals(0, run.exitCode(), run.err());
    assertHidden(emitted());
  }

  @Test
  void convert_declaredSecretAndPlainNames_applyToServiceVariables() throws IOException {
    Path compose = write("""
        x-compose2helm:
          secretVariables: [SIGNING_SEED]
          plainVariables: [API_KEY]
        services:
          web:
            image: nginx
            environment:
              SIGNING_SEED: xyz
              API_KEY: public-value
        """, "");

    Conversion.Run run = Conversion.run("-f", compose.toString(), "-o", dir.resolve("chart").toString(), "-q");
    Conversion.Run config = Conversion.run("config", "-f", compose.toString(), "-q");

    assertEquals(0, run.exitCode(), run.err());
    String values = Files.readString(dir.resolve("chart/values.yaml"));
    assertEquals("SIGNING_SEED", secretKey(values, "SIGNING_SEED"), values);
    assertFalse(values.contains("xyz"), values);
    assertTrue(values.contains("API_KEY: public-value"), values);
    assertTrue(config.out().contains("SIGNING_SEED: <secret>"), config.out());
    assertTrue(config.out().contains("API_KEY: public-value"), config.out());
  }

  @Test
  void convert_declaredSecretAndPlainNames_applyToEnvFileKeys() throws IOException {
    Path compose = write("""
        x-compose2helm:
          secretVariables: [SEED]
          plainVariables: [PUBLIC_KEY]
        services:
          web:
            image: nginx
            env_file: [web.env]
        """, "");
    Files.writeString(dir.resolve("web.env"), "SEED=" + REDIS + "\nPUBLIC_KEY=ssh-ed25519-public\n");

    Conversion.Run run = Conversion.run("-f", compose.toString(), "-o", dir.resolve("chart").toString(), "-q");

    assertEquals(0, run.exitCode(), run.err());
    String values = Files.readString(dir.resolve("chart/values.yaml"));
    assertEquals("SEED", secretKey(values, "SEED"), values);
    assertTrue(values.contains("PUBLIC_KEY: ssh-ed25519-public"), values);
    assertHidden(emitted());
  }

  @Test
  void audit_dockerfileUrlCredentials_areMasked() throws IOException {
    Path compose = write("services:\n  web:\n    build: .\n", "");
    Files.writeString(dir.resolve("Dockerfile"),
        "FROM alpine:3.20\nENV API_URL=https://svc:T0k3nABC456@api.example.com\nUSER 1000\n");

    Conversion.Run run = Conversion.run("audit", "-f", compose.toString());

    assertFalse((run.out() + run.err()).contains("T0k3nABC456"), run.out());
    assertTrue(run.out().contains("https://svc:<secret>@api.example.com"), run.out());
  }

  private Path write(String compose, String env) throws IOException {
    Path file = dir.resolve("docker-compose.yml");
    Files.writeString(file, compose);
    Files.writeString(dir.resolve(".env"), env);
    return file;
  }

  private String emitted() {
    Path chart = dir.resolve("chart");
    return Files.isDirectory(chart) ? String.join("\n", Conversion.readTree(chart).values()) : "";
  }

  /** Neither secret, nor any piece of four characters, nor an encoded form (the temp folder aside). */
  private void assertHidden(String text) {
    String output = text.replace(dir.toString(), "TMP").replace(dir.getFileName().toString(), "TMP");
    for (String secret : List.of(REDIS, DB, "T0k3nABC456")) {
      List<String> forms = new ArrayList<>();
      for (int i = 0; i + 4 <= secret.length(); i++) {
        forms.add(secret.substring(i, i + 4));
      }
      forms.add(Base64.getEncoder().encodeToString(secret.getBytes(StandardCharsets.UTF_8)));
      forms.add(java.net.URLEncoder.encode(secret, StandardCharsets.UTF_8));
      for (String form : forms) {
        assertFalse(output.contains(form), () -> "shows '" + form + "' of a secret:\n" + output);
      }
    }
  }

  /** The Secret key web's variable is read from, per values.yaml. */
  private static Object secretKey(String values, String variable) {
    Map<?, ?> root = (Map<?, ?>) new org.snakeyaml.engine.v2.api.Load(
        org.snakeyaml.engine.v2.api.LoadSettings.builder().build()).loadFromString(values);
    Map<?, ?> web = (Map<?, ?>) ((Map<?, ?>) root.get("services")).get("web");
    return ((Map<?, ?>) ((Map<?, ?>) web.get("secretEnv")).get(variable)).get("key");
  }
}
