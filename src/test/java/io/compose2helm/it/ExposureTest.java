package io.compose2helm.it;

import static io.compose2helm.it.Manifests.get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which services dev and prod route: front ends by default, others when marked public. */
class ExposureTest {

  private static final String COMPOSE = """
      services:
        site:
          image: nginx:1.27
          ports: ["8080:80"]
        api:
          image: example/api:1.0
          ports: ["4000:4000"]
        events:
          image: example/events:1.0
          ports: ["4010:4010"]
          x-compose2helm:
            public: true
        dashboard:
          image: example/dashboard:1.0
          ports: ["3000:3000"]
        worker:
          image: example/worker:1.0
          expose: ["9000"]
      """;

  @Test
  void convert_devAndProd_routeFrontEndsAndPublicHintsOnly(@TempDir Path dir) throws IOException {
    Path chart = dir.resolve("out");
    Conversion.Run run = convert(dir, COMPOSE, chart);
    assertTrue(run.err().contains("warning: services.api.ports: published but not public, so dev and prod give them"
        + " no route (local still does): api, dashboard; to route one there, add x-compose2helm: {public: true}"), run.err());
    Map<String, String> rendered = ChartValidation.validateAllEnvironments(chart);
    for (String environment : List.of("dev", "prod")) {
      Manifests manifests = new Manifests(rendered.get(environment));
      assertEquals(List.of(), manifests.ofKind("Ingress"), environment);
      assertEquals(List.of("events", "site"), names(manifests.ofKind("HTTPRoute")), environment);
      assertEquals(80, get(manifests.get("HTTPRoute", "site"), "spec.rules.0.backendRefs.0.port"));
    }
    assertEquals(List.of("api", "dashboard", "events", "site"), names(new Manifests(rendered.get("local")).ofKind("Ingress")));
  }

  @Test
  void convert_publicFalseHint_keepsAFrontEndInternal(@TempDir Path dir) throws IOException {
    Path chart = dir.resolve("out");
    convert(dir, "services:\n  web:\n    image: example/web:1\n    ports: [\"3000:3000\"]\n"
        + "    x-compose2helm:\n      public: false\n", chart);
    String values = Files.readString(chart.resolve("values.yaml"));
    assertTrue(values.contains("      enabled: true\n") && !values.contains("public: true"), values);
  }

  @Test
  void convert_publicHintNotBoolean_isInputError(@TempDir Path dir) throws IOException {
    Path compose = dir.resolve("docker-compose.yml");
    Files.writeString(compose, "services:\n  web:\n    image: a:1\n    x-compose2helm:\n      public: yes please\n");
    Conversion.Run run = Conversion.run(compose.toString(), "-o", dir.resolve("out").toString());
    assertEquals(3, run.exitCode());
    assertTrue(run.err().contains(":2:3: error: services.web.x-compose2helm.public: must be true or false"), run.err());
  }

  private static Conversion.Run convert(Path dir, String compose, Path chart) throws IOException {
    Path file = dir.resolve("docker-compose.yml");
    Files.writeString(file, compose);
    return Conversion.convert(file, chart);
  }

  private static List<Object> names(List<Map<String, Object>> objects) {
    return objects.stream().map(o -> get(o, "metadata.name")).sorted((a, b) -> a.toString().compareTo(b.toString())).toList();
  }
}
