package io.compose2helm.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReachabilityCheckTest {

  private static final ReachabilityCheck CHECK = new ReachabilityCheck(Map.of(
      "web", List.of("web"),
      "db", List.of("db", "database"),
      "cache", List.of("cache"),
      "debug", List.of("debug")));

  private static String deployment(String name, String container) {
    return "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: " + name + "\nspec:\n  template:\n    spec:\n"
        + "      containers:\n        - name: main\n" + container.indent(10);
  }

  private static String service(String name, int... ports) {
    StringBuilder text = new StringBuilder("apiVersion: v1\nkind: Service\nmetadata:\n  name: " + name + "\nspec:\n  ports:\n");
    for (int port : ports) {
      text.append("    - port: ").append(port).append('\n');
    }
    return text.toString();
  }

  private static String render(String... documents) {
    return "---\n" + String.join("---\n", documents);
  }

  private static String summary(ReachabilityCheck.Result result) {
    return result.resolved().size() + " resolved, " + result.unresolved() + " unresolved, "
        + result.toNotRendered().size() + " not rendered";
  }

  @Test
  void check_hostPortWithMatchingService_resolves() {
    ReachabilityCheck.Result result = CHECK.check(render(
        deployment("web", "env:\n  - name: DB\n    value: db:5432\n"), service("db", 5432), deployment("db", "image: x\n")));
    assertEquals("1 resolved, [] unresolved, 0 not rendered", summary(result));
  }

  @Test
  void check_serviceWithOtherPort_isUnresolved() {
    ReachabilityCheck.Result result = CHECK.check(render(
        deployment("web", "env:\n  - name: DB\n    value: db:5432\n"), service("db", 3306), deployment("db", "image: x\n")));
    assertEquals("0 resolved, [web env DB -> db:5432] unresolved, 0 not rendered", summary(result));
  }

  @Test
  void check_bareNameWithoutService_isUnresolved() {
    ReachabilityCheck.Result result = CHECK.check(render(
        deployment("web", "env:\n  - name: DB_HOST\n    value: db\n"), deployment("db", "image: x\n")));
    assertEquals("0 resolved, [web env DB_HOST -> db] unresolved, 0 not rendered", summary(result));
  }

  @Test
  void check_configMapUrlWithoutPort_needsTheSchemePort() {
    String configMap = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: web-env\ndata:\n  API: http://cache/v1\n";
    String web = deployment("web", "envFrom:\n  - configMapRef:\n      name: web-env\n");
    assertEquals("0 resolved, [web configMap web-env API -> cache:80] unresolved, 0 not rendered",
        summary(CHECK.check(render(web, configMap, service("cache", 6379), deployment("cache", "image: x\n")))));
    assertEquals("1 resolved, [] unresolved, 0 not rendered",
        summary(CHECK.check(render(web, configMap, service("cache", 80), deployment("cache", "image: x\n")))));
  }

  @Test
  void check_secretReferenceInUserInfo_stillFindsTheHost() {
    ReachabilityCheck.Result result = CHECK.check(render(
        deployment("web", "env:\n  - name: DATABASE_URL\n    value: postgres://app:$(DB_PASSWORD)@database:5432/app\n"),
        service("db", 5432), deployment("db", "image: x\n")));
    assertEquals("0 resolved, [web env DATABASE_URL -> database:5432] unresolved, 0 not rendered", summary(result));
  }

  @Test
  void check_aliasService_resolvesTheAlias() {
    ReachabilityCheck.Result result = CHECK.check(render(
        deployment("web", "args: [\"--db\", \"postgres://u@database:5432/x\"]\n"),
        service("db", 5432), service("database", 5432), deployment("db", "image: x\n")));
    assertEquals("1 resolved, [] unresolved, 0 not rendered", summary(result));
  }

  @Test
  void check_commandWaitLoopAndUnknownHosts_countOnlyProjectNames() {
    ReachabilityCheck.Result result = CHECK.check(render(
        deployment("web", "command: [\"sh\", \"-c\", \"until </dev/tcp/cache/6379; do sleep 1; done; curl http://example.com:80 localhost:3000\"]\n"),
        deployment("cache", "image: x\n")));
    assertEquals("0 resolved, [web command -> cache:6379] unresolved, 0 not rendered", summary(result));
  }

  @Test
  void check_listOfUrls_checksEveryUrl() {
    ReachabilityCheck.Result result = CHECK.check(render(
        deployment("cache", "env:\n  - name: LISTENERS\n    value: PLAINTEXT://cache:9092,INTERNAL://cache:29092\n"),
        service("cache", 9092)));
    assertEquals("1 resolved, [cache env LISTENERS -> cache:29092] unresolved, 0 not rendered", summary(result));
  }

  @Test
  void check_referenceToServiceNotRendered_isCountedApart() {
    ReachabilityCheck.Result result = CHECK.check(render(deployment("web", "env:\n  - name: DEBUG_URL\n    value: http://debug:9000\n")));
    assertEquals("0 resolved, [] unresolved, 1 not rendered", summary(result));
    assertEquals(0, result.total());
  }
}
