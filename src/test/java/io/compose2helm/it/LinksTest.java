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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code links}: an alias ({@code db:mysql}) is a further name of the linked service, so it gets a
 * Service of that name; and Compose starts a linked service first, as for {@code depends_on}.
 */
class LinksTest {

  @TempDir Path temp;

  /** As WordPress's Compose examples long wrote it: the database reached by the link's alias. */
  private static final String WORDPRESS = """
      services:
        db:
          image: mysql:5.7
          environment:
            MYSQL_ROOT_PASSWORD: ${DB_PASSWORD}
        wordpress:
          image: wordpress:6
          links:
            - db:mysql
          ports:
            - "8080:80"
          environment:
            WORDPRESS_DB_HOST: mysql:3306
            WORDPRESS_DB_PASSWORD: ${DB_PASSWORD}
      """;

  @Test
  void convert_linkAlias_getsAServiceOfThatNameSelectingTheLinkedPods() throws IOException {
    Path file = Files.writeString(temp.resolve("docker-compose.yml"), WORDPRESS);
    Conversion.Run run = Conversion.convert(file, temp.resolve("out"));
    for (Map.Entry<String, String> rendered : ChartValidation.validateAllEnvironments(temp.resolve("out")).entrySet()) {
      Manifests manifests = new Manifests(rendered.getValue());
      Map<String, Object> alias = manifests.get("Service", "mysql");
      assertEquals(Manifests.get(manifests.get("Service", "db"), "spec.selector"), Manifests.get(alias, "spec.selector"),
          rendered.getKey());
      assertEquals(3306, Manifests.get(alias, "spec.ports.0.port"), rendered.getKey());
      ReachabilityCheck.Result reachability =
          new ReachabilityCheck(ProjectNames.of(List.of(file), List.of(), true)).check(rendered.getValue());
      assertTrue(reachability.unresolved().isEmpty(), reachability.unresolved().toString());
      assertEquals(List.of("wordpress configMap wordpress-env WORDPRESS_DB_HOST -> mysql:3306"),
          reachability.resolved().stream().map(String::valueOf).toList(), rendered.getKey());
    }
    assertFalse(run.err().contains("links"), run.err());
  }

  @Test
  void convert_link_startsTheLinkedServiceFirst() throws IOException {
    Path file = Files.writeString(temp.resolve("docker-compose.yml"), WORDPRESS);
    Conversion.convert(file, temp.resolve("out"));
    Map<String, Object> wordpress = new Manifests(ChartValidation.render(temp.resolve("out"), "local"))
        .get("Deployment", "wordpress");
    assertEquals("wait-for-db", Manifests.get(wordpress, "spec.template.spec.initContainers.0.name"));
  }

  @Test
  void config_links_areKeptWithTheDependencyComposeAdds() throws IOException {
    Path file = Files.writeString(temp.resolve("docker-compose.yml"), WORDPRESS);
    Conversion.Run run = Conversion.run("config", file.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("    depends_on:\n      db:\n        condition: service_started\n        required: true\n"),
        run.out());
    assertTrue(run.out().contains("    links:\n      - db:mysql\n"), run.out());
  }

  @Test
  void convert_linkToAnUndefinedService_isAnErrorAtItsLine() {
    Conversion.Run run = Conversion.convertInline(temp, """
        services:
          web:
            image: example/web:1
            links:
              - cache:redis
        """);
    assertEquals(3, run.exitCode(), run.err());
    assertTrue(run.err().contains("docker-compose.yml:5:9: error: services.web.links[0]: links to service 'cache',"
        + " which is not defined"), run.err());
  }
}
