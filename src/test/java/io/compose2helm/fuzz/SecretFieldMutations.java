package io.compose2helm.fuzz;

import static io.compose2helm.fuzz.FuzzCase.Expect.ACCEPTED;
import static io.compose2helm.fuzz.FuzzCase.Expect.ACCEPTED_OR_INVALID;
import static io.compose2helm.fuzz.FuzzCase.Expect.INVALID;
import static io.compose2helm.fuzz.Mutation.app;

import io.compose2helm.fuzz.PlantedSecrets.Secret;
import java.util.List;

/**
 * A planted secret interpolated into every kind of Compose field. Where Compose refuses the value
 * (a password is no port), the run must fail without echoing it; where Compose takes it (a label, a
 * healthcheck, a command), the chart must carry it only by reference, or the run must refuse it.
 */
final class SecretFieldMutations {

  private SecretFieldMutations() {}

  static List<Mutation> of(Secret secret) {
    String v = "${" + secret.name() + "}";
    return List.of(
        app("ports", "ports", q(v + ":80"), INVALID),
        app("ports long syntax target", "ports", "[{target: " + q(v) + ", published: \"8080\"}]", INVALID),
        app("expose", "expose", q(v), INVALID),
        app("deploy.replicas", "deploy", "{replicas: " + q(v) + "}", INVALID),
        app("scale", "scale", q(v), INVALID),
        app("stop_grace_period", "stop_grace_period", q(v), INVALID),
        app("healthcheck.interval", "healthcheck", "{test: [\"CMD\", \"true\"], interval: " + q(v) + "}", INVALID),
        app("healthcheck.timeout", "healthcheck", "{test: [\"CMD\", \"true\"], timeout: " + q(v) + "}", INVALID),
        app("healthcheck.start_period", "healthcheck", "{test: [\"CMD\", \"true\"], start_period: " + q(v) + "}", INVALID),
        app("healthcheck.retries", "healthcheck", "{test: [\"CMD\", \"true\"], retries: " + q(v) + "}", INVALID),
        app("deploy memory limit", "deploy", "{resources: {limits: {memory: " + q(v) + "}}}", INVALID),
        app("mem_limit", "mem_limit", q(v), INVALID),
        app("deploy cpus limit", "deploy", "{resources: {limits: {cpus: " + q(v) + "}}}", INVALID),
        app("cpus", "cpus", q(v), INVALID),
        app("shm_size", "shm_size", q(v), INVALID),
        app("extra_hosts entry", "extra_hosts", list(v), ACCEPTED_OR_INVALID),
        app("extra_hosts address", "extra_hosts", list("db.internal:" + v), ACCEPTED_OR_INVALID),
        app("depends_on", "depends_on", list(v), INVALID),
        app("volumes named source", "volumes", list(v + ":/data"), ACCEPTED_OR_INVALID),
        app("volumes target", "volumes", list("cachevol:/data/" + v), ACCEPTED_OR_INVALID).withTop("volumes", "{cachevol: {}}"),
        app("tmpfs", "tmpfs", list("/run/" + v), ACCEPTED_OR_INVALID),
        app("secrets", "secrets", list(v), INVALID),
        app("env_file path", "env_file", list(v + ".env"), INVALID),
        app("restart", "restart", q(v), ACCEPTED_OR_INVALID),
        app("user", "user", q(v), ACCEPTED_OR_INVALID),
        app("profiles", "profiles", list(v), ACCEPTED_OR_INVALID),
        app("labels map", "labels", "{com.example.note: " + q(v) + "}", ACCEPTED_OR_INVALID),
        app("labels list", "labels", list("note=" + v), ACCEPTED_OR_INVALID),
        app("working_dir", "working_dir", q("/srv/" + v), ACCEPTED_OR_INVALID),
        app("image tag", "image", q("ghcr.io/acme/app:" + v), ACCEPTED_OR_INVALID),
        app("image name", "image", q(v), ACCEPTED_OR_INVALID),
        app("container_name", "container_name", q(v), ACCEPTED_OR_INVALID),
        app("hostname", "hostname", q(v), ACCEPTED_OR_INVALID),
        app("network alias", "networks", "{default: {aliases: " + list(v) + "}}", ACCEPTED_OR_INVALID),
        app("stop_signal", "stop_signal", q(v), ACCEPTED_OR_INVALID),
        app("logging option", "logging", "{driver: json-file, options: {tag: " + q(v) + "}}", ACCEPTED_OR_INVALID),
        app("ulimits", "ulimits", "{nofile: " + q(v) + "}", ACCEPTED_OR_INVALID),
        app("ingress host hint", "x-compose2helm", "{ingress: {enabled: true, host: " + q(v + ".example.com") + "}}",
            ACCEPTED_OR_INVALID),
        app("streaming hint", "x-compose2helm", "{streaming: " + q(v) + "}", ACCEPTED_OR_INVALID),
        app("healthcheck redis-cli -a", "healthcheck", "{test: [\"CMD\", \"redis-cli\", \"-a\", " + q(v) + ", \"ping\"]}", ACCEPTED),
        app("healthcheck mysqladmin -p", "healthcheck", "{test: [\"CMD-SHELL\", " + q("mysqladmin ping -h localhost -p" + v) + "]}",
            ACCEPTED),
        app("healthcheck PGPASSWORD=", "healthcheck", "{test: [\"CMD-SHELL\", " + q("PGPASSWORD='" + v + "' pg_isready -U app") + "]}",
            ACCEPTED),
        app("healthcheck mongosh -p", "healthcheck",
            "{test: 'mongosh -u root -p " + v + " --eval \"db.adminCommand(1)\"'}", ACCEPTED),
        app("healthcheck URL query", "healthcheck",
            "{test: [\"CMD\", \"wget\", \"-qO-\", " + q("http://localhost:8080/health?access_key=" + v) + "]}", ACCEPTED),
        app("healthcheck URL credentials", "healthcheck",
            "{test: [\"CMD\", \"curl\", \"-f\", " + q("http://admin:" + v + "@localhost:8080/health") + "]}", ACCEPTED),
        app("healthcheck nc port", "healthcheck", "{test: [\"CMD\", \"nc\", \"-z\", \"localhost\", " + q(v) + "]}",
            ACCEPTED_OR_INVALID),
        app("command list", "command", "[\"--requirepass\", " + q(v) + "]", ACCEPTED),
        app("command string", "command", q("serve --token " + v), ACCEPTED),
        app("entrypoint", "entrypoint", "[\"/bin/app\", " + q("--token=" + v) + "]", ACCEPTED),
        app("environment URL credentials", "environment", "{CACHE_URL: " + q("redis://:" + v + "@cache:6379/0") + "}", ACCEPTED),
        app("environment plain name", "environment", "{SETTING: " + q(v) + "}", ACCEPTED),
        app("environment list entry", "environment", list("OPTS=--auth " + v), ACCEPTED),
        app("env CONN_STRING from .env", "environment", "[CONN_STRING]", ACCEPTED)
            .withEnvLines("CONN_STRING=\"Pwd=" + v + ";Server=db\""),
        app("env_file plain key", "env_file", list("./app.env"), ACCEPTED)
            .withFile("app.env", "APP_SETTING='" + secret.value() + "'\nLOG=debug\n"),
        app("bind-mounted file content", "volumes", list("./app.conf:/etc/app.conf:ro"), ACCEPTED_OR_INVALID)
            .withFile("app.conf", "# settings\npassword = " + secret.value() + "\n"),
        app("configs content", "configs", "[{source: appcfg, target: /etc/app.cfg}]", ACCEPTED_OR_INVALID)
            .withTop("configs", "{appcfg: {content: " + q("token=" + v) + "}}"),
        app("configs file content", "configs", "[{source: appfile, target: /etc/app.ini}]", ACCEPTED_OR_INVALID)
            .withTop("configs", "{appfile: {file: ./app.ini}}")
            .withFile("app.ini", "[auth]\nkey=" + secret.value() + "\n"),
        app("literal under x-compose2helm secretVariables", "environment", "{SIGNING_SEED: " + q(secret.value()) + "}", ACCEPTED)
            .withTop("x-compose2helm", "{secretVariables: [SIGNING_SEED]}"));
  }

  /** A YAML double-quoted scalar. */
  static String q(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  static String list(String item) {
    return "[" + q(item) + "]";
  }
}
