package io.compose2helm.kube;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.compose2helm.compose.EnvVar;
import io.compose2helm.compose.NetworkNames;
import io.compose2helm.compose.Service;
import io.compose2helm.diagnostics.SourceLocation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HostReferencesTest {

  private static final HostReferences FINDER = new HostReferences(Set.of("db", "cache", "api", "mongo-a", "mongo-b", "storage")::contains);

  private static List<String> found(String text) {
    return FINDER.inText(text, "x").stream().map(r -> r.host() + ":" + r.port()).toList();
  }

  private static Service service(List<String> command, String... environment) {
    List<EnvVar> variables = new ArrayList<>();
    for (int i = 0; i < environment.length; i += 2) {
      variables.add(new EnvVar(environment[i], environment[i + 1], environment[i + 1], EnvVar.Origin.ENVIRONMENT,
          SourceLocation.ofFile("compose.yaml")));
    }
    return new Service("web", SourceLocation.ofFile("compose.yaml"), "example/web:1", null, null, command, null, variables,
        List.of(), List.of(), null, List.of(), List.of(), List.of(), List.of(), null, null, null, null, null, List.of(), List.of(), false, Map.of(), null, null, false, false, false, io.compose2helm.compose.Dns.NONE, null, Map.of(),
        List.of(), List.of(), NetworkNames.NONE, null, List.of(), List.of(), Map.of());
  }

  @Test
  void inText_urls_giveTheirPortOrTheSchemesPort() {
    assertEquals(List.of("db:5432"), found("postgresql://app:s3cr:t@db:5432/app?sslmode=disable"));
    assertEquals(List.of("api:80"), found("http://api/v1"));
    assertEquals(List.of("cache:6379"), found("redis://cache"));
    assertEquals(List.of("mongo-a:27017", "mongo-b:27018"), found("mongodb://u:p@mongo-a:27017,mongo-b:27018/db?replicaSet=rs0"));
    assertEquals(List.of("db:null"), found("sqlserver://db/app"));
    assertEquals(List.of("cache:9092", "cache:29092"), found("PLAINTEXT://cache:9092,PLAINTEXT_HOST://localhost:9093,INTERNAL://cache:29092"));
  }

  @Test
  void inText_hostPortWordsAndShellProbes_count() {
    assertEquals(List.of("cache:11211", "db:3306"), found("cache:11211 tcp(db:3306)/ghost"));
    assertEquals(List.of("db:5432"), found("until </dev/tcp/db/5432; do sleep 1; done"));
  }

  @Test
  void inText_namesOutsideTheProject_doNotCount() {
    assertEquals(List.of(), found("http://localhost:3000 example.com:443 0.0.0.0:8080 database:5432 10:30"));
  }

  @Test
  void of_hostVariables_nameBareHostsWithPairedOrUsualPorts() {
    List<HostReference> references = FINDER.of(service(null,
        "DB_HOST", "db", "DB_PORT", "3307", "MYSQL_HOST", "storage", "CACHE_SERVERS", "cache", "DB_USER", "db"));
    assertEquals(List.of(
        new HostReference("db", 3307, "environment.DB_HOST and DB_PORT"),
        new HostReference("storage", 3306, "environment.MYSQL_HOST, the usual port of mysql"),
        new HostReference("cache", null, "environment.CACHE_SERVERS")), references);
  }

  @Test
  void of_commandWords_areScanned() {
    assertEquals(List.of(new HostReference("api", 8000, "command")),
        FINDER.of(service(List.of("node", "server.js", "--api=http://api:8000"))));
  }
}
