package io.compose2helm.fuzz;

import static io.compose2helm.fuzz.FuzzCase.Expect.ACCEPTED;
import static io.compose2helm.fuzz.FuzzCase.Expect.ACCEPTED_OR_INVALID;
import static io.compose2helm.fuzz.FuzzCase.Expect.INVALID;
import static io.compose2helm.fuzz.Mutation.app;
import static io.compose2helm.fuzz.Mutation.service;

import java.util.List;

/**
 * Values that are out of range, of the wrong type or unknown, names Kubernetes refuses, port
 * syntaxes Compose accepts, and bad hints: each a change to the fuzz project.
 */
final class ValueMutations {

  private ValueMutations() {}

  static List<Mutation> outOfRange() {
    return List.of(
        app("cpus 1e20", "deploy", "{resources: {limits: {cpus: 1e20}}}", ACCEPTED_OR_INVALID),
        app("cpus top-level 1e20", "cpus", "1e20", ACCEPTED_OR_INVALID),
        app("cpus negative", "deploy", "{resources: {limits: {cpus: \"-1\"}}}", INVALID),
        app("stop_grace_period 600000h", "stop_grace_period", "600000h", ACCEPTED_OR_INVALID),
        app("healthcheck.interval 2562048h", "healthcheck", "{test: [\"CMD\", \"true\"], interval: 2562048h}", INVALID),
        app("healthcheck.timeout 9999999999999999999s", "healthcheck", "{test: [\"CMD\", \"true\"], timeout: 9999999999999999999s}",
            INVALID),
        app("healthcheck.interval negative", "healthcheck", "{test: [\"CMD\", \"true\"], interval: -5s}", ACCEPTED_OR_INVALID),
        app("healthcheck.retries 99999999999", "healthcheck", "{test: [\"CMD\", \"true\"], retries: 99999999999}",
            ACCEPTED_OR_INVALID),
        app("healthcheck.retries -1", "healthcheck", "{test: [\"CMD\", \"true\"], retries: -1}", ACCEPTED_OR_INVALID),
        app("memory 18446744073709551617", "deploy", "{resources: {limits: {memory: \"18446744073709551617\"}}}", INVALID),
        app("mem_limit 1e30", "mem_limit", "1e30", ACCEPTED_OR_INVALID),
        app("memory 99999999999999999999g", "deploy", "{resources: {limits: {memory: 99999999999999999999g}}}", INVALID),
        app("shm_size 99999999999999999999999", "shm_size", "\"99999999999999999999999\"", INVALID),
        app("replicas 99999999999", "deploy", "{replicas: 99999999999}", ACCEPTED_OR_INVALID),
        app("replicas -1", "deploy", "{replicas: -1}", ACCEPTED_OR_INVALID),
        app("replicas 1.5", "deploy", "{replicas: 1.5}", INVALID),
        app("port 70000", "ports", "[\"70000:80\"]", INVALID),
        app("container port 0", "ports", "[\"8080:0\"]", INVALID),
        app("port range reversed", "ports", "[\"8000-7000:80\"]", INVALID),
        app("port range of 65536", "ports", "[\"1-65536:1-65536\"]", INVALID),
        app("expose 99999", "expose", "[\"99999\"]", INVALID),
        app("port 1e3", "ports", "[1e3]", ACCEPTED_OR_INVALID),
        app("pids_limit huge", "pids_limit", "99999999999999999999", ACCEPTED_OR_INVALID),
        app("stop_grace_period garbage", "stop_grace_period", "1.5.5s", INVALID),
        app("restart_policy max_attempts huge", "deploy", "{restart_policy: {condition: on-failure, max_attempts: 99999999999999}}",
            ACCEPTED_OR_INVALID));
  }

  static List<Mutation> names() {
    return List.of(
        service("service named 1web", "1web", "{image: nginx:1.27, ports: [\"8081:80\"]}", ACCEPTED_OR_INVALID),
        service("service name of 70 characters", "s" + "x".repeat(69), "{image: nginx:1.27, ports: [\"8082:80\"]}",
            ACCEPTED_OR_INVALID),
        service("service name with dots", "web.api.v2", "{image: nginx:1.27, ports: [\"8083:80\"]}", ACCEPTED_OR_INVALID),
        service("service name with underscores", "web_api", "{image: nginx:1.27, ports: [\"8084:80\"]}", ACCEPTED_OR_INVALID),
        service("service name in capitals", "WebApi", "{image: nginx:1.27, ports: [\"8085:80\"]}", ACCEPTED_OR_INVALID),
        service("service name ending in a dash", "web-", "{image: nginx:1.27}", ACCEPTED_OR_INVALID),
        service("service name with a space", "\"web api\"", "{image: nginx:1.27}", INVALID),
        service("service name not ASCII", "wéb", "{image: nginx:1.27}", INVALID),
        service("service named 1-web", "1-web", "{image: nginx:1.27}", ACCEPTED_OR_INVALID),
        app("container_name with dots", "container_name", "my.app_container", ACCEPTED_OR_INVALID),
        app("network alias with underscore", "networks", "{default: {aliases: [my_alias]}}", ACCEPTED_OR_INVALID),
        app("named volume with capitals", "volumes", "[\"DataVol:/data\"]", ACCEPTED_OR_INVALID)
            .withTop("volumes", "{DataVol: {}}"));
  }

  static List<Mutation> portSyntaxes() {
    return List.of(
        app("IPv6 host port ::1:6000:6000", "ports", "[\"::1:6000:6000\"]", ACCEPTED),
        app("IPv6 bracketed [::1]:6000:6000", "ports", "[\"[::1]:6000:6000\"]", ACCEPTED),
        app("IPv6 range [::1]:6000-6001:6000-6001", "ports", "[\"[::1]:6000-6001:6000-6001\"]", ACCEPTED),
        app("IPv4 host port", "ports", "[\"127.0.0.1:6000:6000\"]", ACCEPTED),
        app("port with protocol udp", "ports", "[\"6000:6000/udp\"]", ACCEPTED),
        app("port protocol unknown", "ports", "[\"6000:6000/sctp2\"]", INVALID),
        app("port as bare number", "ports", "[6000]", ACCEPTED),
        app("port with empty host", "ports", "[\":6000:6000\"]", ACCEPTED_OR_INVALID));
  }

  static List<Mutation> wrongTypes() {
    return List.of(
        app("ports as a number", "ports", "80", INVALID),
        app("ports item a mapping without target", "ports", "[{published: 80}]", INVALID),
        app("environment as a number", "environment", "5", INVALID),
        app("environment value a mapping", "environment", "{A: {b: c}}", INVALID),
        app("healthcheck as a string", "healthcheck", "\"curl localhost\"", INVALID),
        app("healthcheck test a number", "healthcheck", "{test: 5}", INVALID),
        app("depends_on as a number", "depends_on", "5", INVALID),
        app("depends_on unknown condition", "depends_on", "{cache: {condition: service_sleeping}}", INVALID),
        app("deploy as a list", "deploy", "[1, 2]", INVALID),
        app("volumes as a string", "volumes", "\"/data\"", INVALID),
        app("labels as a number", "labels", "5", INVALID),
        app("image as a list", "image", "[nginx]", INVALID),
        app("command as a mapping", "command", "{a: b}", INVALID),
        app("extra_hosts as a number", "extra_hosts", "5", INVALID),
        app("restart as a list", "restart", "[always]", INVALID),
        app("read_only as a string", "read_only", "sometimes", INVALID),
        app("user as a list", "user", "[root]", INVALID),
        app("unknown service key", "colour", "blue", INVALID),
        app("extension service key", "x-team", "{owner: payments}", ACCEPTED),
        app("null key value", "stop_grace_period", "null", ACCEPTED_OR_INVALID),
        app("unknown top-level key", "image", "nginx:1.27", INVALID).withTop("servicez", "{}"),
        app("volume mode invalid", "volumes", "[\"cachevol:/data:sideways\"]", ACCEPTED_OR_INVALID).withTop("volumes", "{cachevol: {}}"),
        app("undeclared named volume", "volumes", "[\"nowhere:/data\"]", INVALID),
        app("undeclared secret", "secrets", "[nosuch]", INVALID),
        app("undeclared network", "networks", "[nosuchnet]", INVALID),
        app("unknown dependency", "depends_on", "[nosuchservice]", INVALID),
        app("self dependency", "depends_on", "[app]", INVALID));
  }

  static List<Mutation> hints() {
    return List.of(
        app("hint kind Pod", "x-compose2helm", "{kind: Pod}", INVALID),
        app("hint streaming maybe", "x-compose2helm", "{streaming: maybe}", INVALID),
        app("hint unknown key", "x-compose2helm", "{colour: blue}", INVALID),
        app("hint skip as a string", "x-compose2helm", "{skip: \"yes please\"}", INVALID),
        app("hint ingress a list", "x-compose2helm", "{ingress: [a]}", INVALID),
        app("hint ingress host with spaces", "x-compose2helm", "{ingress: {host: \"a b.example.com\"}}", ACCEPTED_OR_INVALID),
        app("hints a list", "x-compose2helm", "[streaming]", INVALID),
        app("project secretVariables a number", "image", "nginx:1.27", INVALID).withTop("x-compose2helm", "{secretVariables: 5}"),
        app("project hint unknown key", "image", "nginx:1.27", INVALID).withTop("x-compose2helm", "{colour: blue}"));
  }
}
