package io.compose2helm.audit;

import io.compose2helm.compose.Build;
import io.compose2helm.compose.ComposeProject;
import io.compose2helm.compose.HealthCheck;
import io.compose2helm.compose.PortMapping;
import io.compose2helm.compose.Service;
import io.compose2helm.diagnostics.SourceLocation;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds Service and ComposeProject records for tests, with Compose's "not said" defaults. */
final class TestServices {

  private String name = "app";
  private String file = "docker-compose.yml";
  private int line = 1;
  private String image;
  private Build build;
  private List<String> command;
  private List<String> entrypoint;
  private List<PortMapping> ports = List.of();
  private List<Integer> expose = List.of();
  private HealthCheck healthcheck;
  private String user;

  static TestServices service(String name) {
    TestServices builder = new TestServices();
    builder.name = name;
    return builder;
  }

  TestServices file(String value) {
    file = value;
    return this;
  }

  TestServices line(int value) {
    line = value;
    return this;
  }

  TestServices image(String value) {
    image = value;
    return this;
  }

  TestServices build(String context, String dockerfile, String target) {
    build = new Build(context, dockerfile, target, Map.of());
    return this;
  }

  TestServices command(String... argv) {
    command = List.of(argv);
    return this;
  }

  TestServices entrypoint(String... argv) {
    entrypoint = List.of(argv);
    return this;
  }

  TestServices port(int containerPort) {
    ports = List.of(new PortMapping(null, containerPort, containerPort, "tcp", null, null));
    return this;
  }

  TestServices expose(int port) {
    expose = List.of(port);
    return this;
  }

  TestServices healthcheck(String... test) {
    healthcheck = new HealthCheck(HealthCheck.Kind.EXEC, List.of(test), Duration.ofSeconds(10),
        null, null, null, null, false);
    return this;
  }

  TestServices healthcheckDisabled() {
    healthcheck = new HealthCheck(HealthCheck.Kind.NONE, List.of("NONE"), null, null, null, null,
        null, true);
    return this;
  }

  TestServices user(String value) {
    user = value;
    return this;
  }

  Service get() {
    return new Service(name, new SourceLocation(file, line, 3), image, build, null,
        command, entrypoint, List.of(), ports, expose, healthcheck, List.of(), List.of(),
        List.of(), List.of(), null, null, null, null, user, List.of(), List.of(), false, Map.of(), null, null, false, false, false, io.compose2helm.compose.Dns.NONE, null, Map.of(), List.of(), List.of(),
        io.compose2helm.compose.NetworkNames.NONE, null, List.of(), List.of(), Map.of());
  }

  ServiceSubject subject() {
    return new ServiceSubject(get(), "docker-compose.yml", "demo");
  }

  static ComposeProject project(String name, Service... services) {
    Map<String, Service> byName = new LinkedHashMap<>();
    for (Service service : services) {
      byName.put(service.name(), service);
    }
    return new ComposeProject(name, List.of("docker-compose.yml"), byName, Map.of(), Map.of(),
        Map.of(), Map.of(), Map.of(), Map.of(), Map.of());
  }
}
