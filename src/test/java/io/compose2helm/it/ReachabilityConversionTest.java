package io.compose2helm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.compose2helm.testing.ReachabilityCheck;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Services that Compose files reach without declaring ports get a port and a Service; one focused
 * project per place the port comes from, written the way real projects write them.
 */
class ReachabilityConversionTest {

  @TempDir Path temp;

  private Conversion.Run run;
  private Manifests manifests;
  private ReachabilityCheck.Result reachability;

  private void convert(String compose) throws IOException {
    Path file = temp.resolve("docker-compose.yml");
    Files.writeString(file, compose);
    Path chart = temp.resolve("out");
    run = Conversion.run(file.toString(), "-o", chart.toString());
    assertEquals(0, run.exitCode(), run.err());
    String rendered = ChartValidation.validateAllEnvironments(chart).get("local");
    manifests = new Manifests(rendered);
    reachability = new ReachabilityCheck(ProjectNames.of(List.of(file), List.of(), true)).check(rendered);
  }

  /** Each Service's name with its ports, e.g. {@code {db=[3307]}}. */
  private Map<String, List<Object>> services() {
    Map<String, List<Object>> services = new TreeMap<>();
    for (Map<String, Object> service : manifests.ofKind("Service")) {
      List<?> ports = (List<?>) Manifests.get(service, "spec.ports");
      services.put(String.valueOf(Manifests.get(service, "metadata.name")),
          ports.stream().map(port -> (Object) ((Map<?, ?>) port).get("port")).toList());
    }
    return services;
  }

  private void assertAllResolve() {
    assertTrue(reachability.unresolved().isEmpty(), reachability.unresolved().toString());
    assertTrue(reachability.total() > 0, "the project reaches something");
  }

  @Test
  void convert_mariadbReachedThroughDbHostAndDbPort_getsAServiceOnThatPort() throws IOException {
    convert("""
        services:
          bookstack:
            image: lscr.io/linuxserver/bookstack:24.05
            ports: ["6875:80"]
            environment:
              DB_HOST: mariadb
              DB_PORT: "3307"
              DB_DATABASE: bookstack
            depends_on: [mariadb]
          mariadb:
            image: mariadb:11.4
            command: --port=3307
            environment:
              MARIADB_DATABASE: bookstack
            volumes: [db:/var/lib/mysql]
        volumes:
          db: {}
        """);
    assertEquals(List.of(3307), services().get("mariadb"), "the paired port, not the image's usual 3306");
    assertTrue(manifests.find("Ingress", "mariadb").isEmpty(), "an inferred port publishes nothing");
    assertTrue(manifests.find("Ingress", "bookstack").isPresent(), "the published service keeps its Ingress");
    assertAllResolve();
  }

  @Test
  void convert_redisReachedByUrl_getsTheUrlPort() throws IOException {
    convert("""
        services:
          app:
            image: ghcr.io/example/app:2.1
            ports: ["3000:3000"]
            environment:
              REDIS_URL: redis://cache:6380/0
          cache:
            image: redis:7.2-alpine
            command: redis-server --port 6380 --save ""
        """);
    assertEquals(List.of(6380), services().get("cache"));
    assertTrue(Files.readString(temp.resolve("out/values.yaml"))
        .contains("not declared in Compose; inferred: named by app (environment.REDIS_URL)"));
    assertAllResolve();
  }

  @Test
  void convert_memcachedHostPortList_givesEveryListedServiceItsPort() throws IOException {
    convert("""
        services:
          web:
            image: example/shop:1
            ports: ["80:8000"]
            environment:
              MEMCACHE_SERVERS: memcached-a:11211,memcached-b:11212
          memcached-a:
            image: bitnami/memcached:1.6
          memcached-b:
            image: bitnami/memcached:1.6
            command: memcached -p 11212 -m 64
        """);
    assertEquals(List.of(11211), services().get("memcached-a"));
    assertEquals(List.of(11212), services().get("memcached-b"));
    String values = Files.readString(temp.resolve("out/values.yaml"));
    values = values.substring(values.indexOf("\nservices:"));
    assertFalse(values.contains("knownImage:") || values.contains("podSecurityContext:"),
        "a ports-only entry of the known image table applies no profile: " + values);
    assertAllResolve();
  }

  @Test
  void convert_apiReachedByHttpUrlInCommand_getsThatPort() throws IOException {
    convert("""
        services:
          frontend:
            build: ./frontend
            ports: ["3000:3000"]
            command: ["node", "server.js", "--backend", "http://api:8000/v1"]
          api:
            build: ./api
            command: uvicorn main:app --host 0.0.0.0 --port 8000
        """);
    assertEquals(List.of(8000), services().get("api"));
    assertAllResolve();
  }

  @Test
  void convert_healthcheckOfAServiceWithoutPorts_givesTheCheckedPort() throws IOException {
    convert("""
        services:
          web:
            image: example/web:1
            ports: ["8080:8080"]
            depends_on:
              api: {condition: service_healthy}
          api:
            image: example/api:1
            healthcheck:
              test: ["CMD", "curl", "-f", "http://localhost:4001/health"]
              interval: 10s
        """);
    assertEquals(List.of(4001), services().get("api"));
    Object init = Manifests.get(manifests.get("Deployment", "web"), "spec.template.spec.initContainers");
    assertTrue(String.valueOf(init).contains("api 4001"), "web waits for the checked port: " + init);
  }

  @Test
  void convert_containerNameAndNetworkAliasUsedAsHosts_becomeServicesOfTheSamePods() throws IOException {
    convert("""
        services:
          zipkin:
            image: openzipkin/zipkin:3
            ports: ["9411:9411"]
            environment:
              STORAGE_TYPE: elasticsearch
              ES_HOSTS: http://elasticsearch:9200
              RABBIT_URI: amqp://guest:guest@mq:5672
          storage:
            image: ghcr.io/openzipkin/zipkin-elasticsearch8:3
            container_name: elasticsearch
          rabbit:
            image: rabbitmq:3.13-management
            networks:
              default:
                aliases: [mq]
        """);
    Map<String, List<Object>> services = services();
    assertEquals(List.of(9200), services.get("storage"));
    assertEquals(List.of(9200), services.get("elasticsearch"), "container_name: a Service with the same ports");
    assertEquals(List.of(5672), services.get("mq"), "network alias");
    assertEquals(Manifests.get(manifests.get("Service", "storage"), "spec.selector"),
        Manifests.get(manifests.get("Service", "elasticsearch"), "spec.selector"), "the alias selects the same pods");
    assertAllResolve();
  }

  @Test
  void convert_knownImageNobodyNamesAPortFor_getsTheImagesPort() throws IOException {
    convert("""
        services:
          vote:
            build: ./vote
            ports: ["8080:80"]
            depends_on:
              redis: {condition: service_started}
          redis:
            image: redis:alpine
          db:
            image: postgres:15-alpine
            environment:
              POSTGRES_USER: postgres
        """);
    assertEquals(List.of(6379), services().get("redis"));
    assertEquals(List.of(5432), services().get("db"));
  }

  @Test
  void convert_serviceReachedByNameWithUnknownPort_warnsWithTheHint() throws IOException {
    convert("""
        services:
          worker:
            image: example/worker:1
            environment:
              QUEUE_HOST: queue
          queue:
            image: example/queue:1
        """);
    assertTrue(run.err().contains("services.queue.ports: 'queue' is reached by name from worker (environment.QUEUE_HOST),"
        + " but its port is unknown, so it gets no Service; declare expose: [PORT] or set"
        + " services.queue.x-compose2helm.ports: [PORT]"), run.err());
    assertFalse(services().containsKey("queue"));
    assertEquals(1, reachability.unresolved().size(), "the check sees it too: " + reachability.unresolved());
  }

  @Test
  void convert_portsHint_setsThePortsAndReplacesInference() throws IOException {
    convert("""
        services:
          worker:
            image: example/worker:1
            environment:
              QUEUE_HOST: queue
              QUEUE_URL: http://queue:9999
          queue:
            image: example/queue:1
            x-compose2helm:
              ports: [7777, 7778]
        """);
    assertEquals(List.of(7777, 7778), services().get("queue"), "the hint wins over the referenced 9999");
    assertFalse(run.err().contains("reached by name"), run.err());
  }

  @Test
  void convert_portsHintNotAListOfPorts_isAnError() throws IOException {
    Path file = temp.resolve("docker-compose.yml");
    Files.writeString(file, "services:\n  queue:\n    image: example/queue:1\n    x-compose2helm:\n      ports: 5432\n");
    Conversion.Run failed = Conversion.run(file.toString(), "-o", temp.resolve("out").toString());
    assertEquals(3, failed.exitCode(), failed.err());
    assertTrue(failed.err().contains(":2:3: error: services.queue.x-compose2helm.ports: must be a list of port numbers"),
        failed.err());
  }

  @Test
  void convert_jobReachedByUrl_getsNoService() throws IOException {
    convert("""
        services:
          api:
            image: example/api:1
            ports: ["8000:8000"]
            environment:
              SEED_STATUS_URL: http://seed:9000/status
            depends_on: [seed]
          seed:
            image: example/seed:1
            restart: "no"
        """);
    assertFalse(services().containsKey("seed"), services().toString());
    assertEquals(null, Manifests.get(manifests.get("Deployment", "api"), "spec.template.spec.initContainers"),
        "api does not wait for a Service that a Job never gets");
    assertTrue(run.err().contains("services.api.depends_on.seed: 'seed' runs as a Job, which has no Service to wait for"),
        run.err());
    assertEquals(1, manifests.ofKind("Job").size(), "seed runs as a Job");
  }

  @Test
  void convert_aliasTakenByAnotherService_isWarnedAndSkipped() throws IOException {
    convert("""
        services:
          api:
            image: example/api:1
            expose: ["8000"]
            container_name: web
          web:
            image: example/web:1
            ports: ["80:80"]
            environment:
              API: http://api:8000
        """);
    assertTrue(run.err().contains("services.api: the name 'web' is also used by web, so no Service of that name selects 'api'"),
        run.err());
    assertEquals(List.of(80), services().get("web"), "web keeps its own Service");
    assertAllResolve();
  }
}
