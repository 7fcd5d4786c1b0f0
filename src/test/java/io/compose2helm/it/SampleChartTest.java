package io.compose2helm.it;

import static io.compose2helm.it.Manifests.container;
import static io.compose2helm.it.Manifests.get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.compose2helm.testing.HelmChecks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ByteLyst sample, rendered per environment, follows each practice of the roadmap. */
class SampleChartTest {

  private static final Path SAMPLE = Path.of("samples/bytelyst/docker-compose.yml");
  private static final List<String> SECRET_VARIABLES =
      List.of("POSTGRES_PASSWORD", "JWT_SECRET", "SESSION_SECRET", "STRIPE_SECRET_KEY", "OPENAI_API_KEY");

  @TempDir static Path temp;
  static Path chart;
  static Map<String, String> rendered;

  @BeforeAll
  static void convertAndRender() {
    chart = temp.resolve("bytelyst");
    Conversion.convert(SAMPLE, chart);
    rendered = ChartValidation.validateAllEnvironments(chart);
  }

  private static Manifests in(String environment) {
    return new Manifests(rendered.get(environment));
  }

  @Test
  void render_everyObject_hasNamespaceAndStandardLabels() {
    for (String environment : ChartValidation.ENVIRONMENTS) {
      for (Map<String, Object> object : in(environment).all()) {
        assertEquals(ChartValidation.NAMESPACE, get(object, "metadata.namespace"), () -> "namespace of " + object.get("kind"));
        assertEquals("bytelyst", labels(object).get("app.kubernetes.io/name"));
        assertEquals(ChartValidation.RELEASE, labels(object).get("app.kubernetes.io/instance"));
        assertNotNull(labels(object).get("app.kubernetes.io/component"));
      }
    }
  }

  @Test
  void render_namespaceOverride_movesEveryObject() {
    Path override = writeValues("namespaceOverride: bytelyst-local\n");
    String manifests = HelmChecks.template(chart, "rel", "ignored",
        List.of(chart.resolve("values.yaml"), chart.resolve("env/local.yaml"), override));
    new Manifests(manifests).all().forEach(object -> assertEquals("bytelyst-local", get(object, "metadata.namespace")));
  }

  @Test
  void render_storageClassSet_namesItOnEveryClaim() {
    Path override = writeValues("persistence:\n  storageClass: hostpath\n");
    Manifests manifests = new Manifests(HelmChecks.template(chart, "rel", "apps",
        List.of(chart.resolve("values.yaml"), chart.resolve("env/local.yaml"), override)));
    for (Map<String, Object> claim : manifests.ofKind("PersistentVolumeClaim")) {
      assertEquals("hostpath", get(claim, "spec.storageClassName"));
    }
    assertFalse(manifests.ofKind("PersistentVolumeClaim").isEmpty());
  }

  @Test
  void render_deployments_rollOutWithoutDowntime() {
    for (Map<String, Object> deployment : in("prod").ofKind("Deployment")) {
      assertEquals("RollingUpdate", get(deployment, "spec.strategy.type"));
      assertEquals(0, get(deployment, "spec.strategy.rollingUpdate.maxUnavailable"));
      assertEquals(1, get(deployment, "spec.strategy.rollingUpdate.maxSurge"));
      assertEquals(List.of("sleep", "5"), get(container(deployment), "lifecycle.preStop.exec.command"));
    }
    assertEquals(45, get(in("local").get("Deployment", "web"), "spec.template.spec.terminationGracePeriodSeconds"));
    assertEquals(60, get(in("local").get("Deployment", "localmemgpt"), "spec.template.spec.terminationGracePeriodSeconds"));
  }

  @Test
  void render_pods_runNonRootWithReadOnlyRootAndWritableTmp() {
    for (Map<String, Object> deployment : workloads(in("local"))) {
      Map<String, Object> pod = (Map<String, Object>) get(deployment, "spec.template.spec");
      assertEquals(true, get(pod, "securityContext.runAsNonRoot"));
      assertEquals("RuntimeDefault", get(pod, "securityContext.seccompProfile.type"));
      Map<String, Object> container = container(deployment);
      assertEquals(true, get(container, "securityContext.readOnlyRootFilesystem"));
      assertEquals(false, get(container, "securityContext.allowPrivilegeEscalation"));
      assertEquals(List.of("ALL"), get(container, "securityContext.capabilities.drop"));
      assertTrue(String.valueOf(get(container, "volumeMounts")).contains("mountPath=/tmp"), "writable /tmp");
    }
    Map<String, Object> auth = in("local").get("Deployment", "auth-api");
    assertEquals(1000, get(auth, "spec.template.spec.securityContext.runAsUser"));
  }

  @Test
  void render_apiBackends_haveHttpHealthProbesOnTheirPort() {
    Map<String, Integer> ports = Map.of("auth-api", 4001, "catalog-api", 4002, "billing-api", 4003);
    ports.forEach((name, port) -> {
      Map<String, Object> container = container(in("local").get("Deployment", name));
      for (String probe : List.of("readinessProbe", "livenessProbe")) {
        assertEquals("/health", get(container, probe + ".httpGet.path"), name + " " + probe);
        assertEquals(port, get(container, probe + ".httpGet.port"), name + " " + probe);
      }
    });
    Map<String, Object> billing = container(in("local").get("Deployment", "billing-api"));
    assertNotNull(get(billing, "startupProbe.httpGet"), "start_period gives a startup probe");
  }

  @Test
  void render_serviceWithoutHealthcheck_getsTcpReadinessThatCanBeTurnedOff() {
    Map<String, Object> admin = container(in("local").get("Deployment", "admin"));
    assertEquals(3001, get(admin, "readinessProbe.tcpSocket.port"));
    assertNull(get(admin, "livenessProbe"));
    Path off = writeValues("services:\n  admin:\n    probes:\n      readiness:\n        enabled: false\n");
    Manifests manifests = new Manifests(HelmChecks.template(chart, "rel", "apps",
        List.of(chart.resolve("values.yaml"), chart.resolve("env/local.yaml"), off)));
    assertNull(get(container(manifests.get("Deployment", "admin")), "readinessProbe"));
  }

  @Test
  void render_services_keepComposeNamesAndPorts() {
    // Connection strings such as postgres:5432 keep resolving: one Service per served Compose
    // service, named exactly like it, on the port the container listens on.
    Map<String, Integer> expected = new java.util.TreeMap<>(Map.of(
        "admin", 3001, "auth-api", 4001, "billing-api", 4003, "catalog-api", 4002, "flowmonk", 4010,
        "localmemgpt", 4020, "postgres", 5432, "redis", 6379, "web", 3000));
    Map<String, Integer> actual = new java.util.TreeMap<>();
    for (Map<String, Object> service : in("local").ofKind("Service")) {
      actual.put((String) get(service, "metadata.name"), (Integer) get(service, "spec.ports.0.port"));
      assertEquals(get(service, "spec.ports.0.name"), get(service, "spec.ports.0.targetPort"), "targets the named container port");
    }
    assertEquals(expected, actual);
  }

  @Test
  void render_localMemGpt_getsHostAliasWhereTheNodeIpIsKnown() {
    Map<String, Object> dockerDesktop = in("local").get("Deployment", "localmemgpt");
    assertNull(get(dockerDesktop, "spec.template.spec.hostAliases"), "Docker Desktop resolves host.docker.internal itself");
    Path k3s = writeValues("hostGateway:\n  ip: 10.1.2.3\n");
    Manifests manifests = new Manifests(HelmChecks.template(chart, "rel", "apps",
        List.of(chart.resolve("values.yaml"), chart.resolve("env/local.yaml"), k3s)));
    Map<String, Object> deployment = manifests.get("Deployment", "localmemgpt");
    assertEquals("10.1.2.3", get(deployment, "spec.template.spec.hostAliases.0.ip"));
    assertEquals(List.of("host.docker.internal"), get(deployment, "spec.template.spec.hostAliases.0.hostnames"));
    assertFalse(rendered.values().stream().anyMatch(r -> r.contains("host-gateway")), "never host-gateway as an address");
  }

  @Test
  void render_devAndProd_routeOnlyPublicServicesThroughTheGateway() {
    for (String environment : List.of("dev", "prod")) {
      Manifests manifests = in(environment);
      assertEquals(List.of(), manifests.ofKind("Ingress"), environment + " has no Ingress");
      assertEquals(List.of(), manifests.ofKind("Gateway"), environment + ": the platform owns the Gateway");
      assertEquals(List.of("flowmonk", "localmemgpt", "web"), names(manifests.ofKind("HTTPRoute")),
          environment + ": admin and auth-api are published in Compose but not public");
      Map<String, Object> web = manifests.get("HTTPRoute", "web");
      assertEquals("platform-gateway", get(web, "spec.parentRefs.0.name"));
      assertEquals("gateway-system", get(web, "spec.parentRefs.0.namespace"));
      assertEquals(environment.equals("prod") ? "https" : null, get(web, "spec.parentRefs.0.sectionName"));
      assertEquals(List.of(environment.equals("prod") ? "web.example.com" : "web.dev.example.com"), get(web, "spec.hostnames"));
      assertEquals("PathPrefix", get(web, "spec.rules.0.matches.0.path.type"));
      assertEquals("/", get(web, "spec.rules.0.matches.0.path.value"));
      assertEquals(Map.of("name", "web", "port", 3000), get(web, "spec.rules.0.backendRefs.0"));
      assertNull(get(web, "spec.rules.0.timeouts"), "front ends keep the controller's timeouts");
    }
  }

  @Test
  void render_streamingServices_getStreamLongTimeoutsOnTheGateway() {
    for (String name : List.of("flowmonk", "localmemgpt")) {
      Map<String, Object> route = in("prod").get("HTTPRoute", name);
      assertEquals(Map.of("request", "1800s", "backendRequest", "1800s"), get(route, "spec.rules.0.timeouts"), name);
    }
    assertEquals(4020, get(in("dev").get("HTTPRoute", "localmemgpt"), "spec.rules.0.backendRefs.0.port"));
  }

  @Test
  void render_routingIngress_keepsIngressTuningWithoutSnippets() {
    Path ingress = writeValues("routing: ingress\ningress:\n  className: nginx\n");
    String manifests = HelmChecks.template(chart, "rel", "apps",
        ChartValidation.valuesFiles(chart, "prod", ingress));
    ChartValidation.SCHEMA.assertValid(manifests);
    Manifests prod = new Manifests(manifests);
    assertEquals(List.of(), prod.ofKind("HTTPRoute"));
    assertEquals(List.of("flowmonk", "localmemgpt", "web"), names(prod.ofKind("Ingress")), "exposure stays public");
    for (String name : List.of("flowmonk", "localmemgpt")) {
      Map<String, Object> annotations = (Map<String, Object>) get(prod.get("Ingress", name), "metadata.annotations");
      assertEquals(Map.of("nginx.ingress.kubernetes.io/proxy-read-timeout", "1800",
          "nginx.ingress.kubernetes.io/proxy-send-timeout", "1800",
          "nginx.ingress.kubernetes.io/proxy-buffering", "off",
          "nginx.ingress.kubernetes.io/proxy-request-buffering", "off"), annotations, name);
      assertEquals("nginx", get(prod.get("Ingress", name), "spec.ingressClassName"));
    }
    Map<String, Object> web = prod.get("Ingress", "web");
    assertNull(get(web, "metadata.annotations"), "front ends are not tuned for streaming");
    assertEquals("web-tls", get(web, "spec.tls.0.secretName"));
    assertFalse(rendered.values().stream().anyMatch(r -> r.contains("snippet")), "no snippet annotation anywhere");
  }

  @Test
  void render_local_routesEveryPublishedPortThroughTraefikIngress() {
    assertEquals(List.of("admin", "auth-api", "flowmonk", "localmemgpt", "web"), names(in("local").ofKind("Ingress")));
    assertEquals(List.of(), in("local").ofKind("HTTPRoute"));
    assertEquals("traefik", get(in("local").get("Ingress", "web"), "spec.ingressClassName"));
  }

  @Test
  void render_gatewayCreate_emitsAGatewayTheRoutesAttachTo() {
    Path create = writeValues("routing: gateway\ngateway:\n  create: true\n  gatewayClassName: traefik\n"
        + "  httpPort: 8000\n  httpsPort: 8443\n  gatewayAnnotations:\n    cert-manager.io/cluster-issuer: letsencrypt\n"
        + "ingress:\n  tls:\n    enabled: true\n");
    String manifests = HelmChecks.template(chart, "rel", "apps",
        List.of(chart.resolve("values.yaml"), chart.resolve("env/local.yaml"), create));
    ChartValidation.SCHEMA.assertValid(manifests);
    Manifests local = new Manifests(manifests);
    Map<String, Object> gateway = local.get("Gateway", "rel-gateway");
    assertEquals("traefik", get(gateway, "spec.gatewayClassName"));
    assertEquals("letsencrypt", ((Map<?, ?>) get(gateway, "metadata.annotations")).get("cert-manager.io/cluster-issuer"));
    assertEquals(List.of("HTTP", "HTTPS"), List.of(get(gateway, "spec.listeners.0.protocol"), get(gateway, "spec.listeners.1.protocol")));
    assertEquals(8443, get(gateway, "spec.listeners.1.port"));
    assertEquals("rel-gateway-tls", get(gateway, "spec.listeners.1.tls.certificateRefs.0.name"));
    assertEquals(List.of("admin", "auth-api", "flowmonk", "localmemgpt", "web"), names(local.ofKind("HTTPRoute")));
    Map<String, Object> admin = local.get("HTTPRoute", "admin");
    assertEquals(Map.of("name", "rel-gateway", "sectionName", "https"), get(admin, "spec.parentRefs.0"));
    assertEquals(List.of(), local.ofKind("Ingress"));
  }

  @Test
  void render_routingNone_rendersNoRoute() {
    Path none = writeValues("routing: none\n");
    Manifests prod = new Manifests(HelmChecks.template(chart, "rel", "apps",
        ChartValidation.valuesFiles(chart, "prod", none)));
    assertEquals(List.of(), prod.ofKind("HTTPRoute"));
    assertEquals(List.of(), prod.ofKind("Ingress"));
  }

  @Test
  void render_publicOverlayKey_routesAnInternalService() {
    Path admin = writeValues("services:\n  admin:\n    ingress:\n      public: true\n");
    String manifests = HelmChecks.template(chart, "rel", "apps",
        List.of(chart.resolve("values.yaml"), chart.resolve("env/dev.yaml"), admin));
    assertEquals(List.of("admin", "flowmonk", "localmemgpt", "web"), names(new Manifests(manifests).ofKind("HTTPRoute")));
  }

  @Test
  void lint_routingValues_areCheckedByTheSchema() {
    Map<String, String> typos = Map.of(
        "routing: gatway\n", "routing",
        "exposure: everything\n", "exposure",
        "gateway:\n  sectioName: https\n", "sectioName",
        "gateway:\n  streamTimeout: 30 minutes\n", "streamTimeout",
        "services:\n  web:\n    ingress:\n      public: 'yes'\n", "public");
    typos.forEach((typo, key) -> {
      Path overlay = writeValues(typo);
      AssertionError error = org.junit.jupiter.api.Assertions.assertThrows(AssertionError.class,
          () -> HelmChecks.lintStrictWithOverlay(chart, overlay), typo);
      assertTrue(error.getMessage().contains(key), error.getMessage());
    });
  }

  @Test
  void render_gatewayWithoutName_failsWithTheKeyToSet() {
    Path noName = writeValues("gateway:\n  name: ''\n");
    AssertionError error = org.junit.jupiter.api.Assertions.assertThrows(AssertionError.class,
        () -> HelmChecks.template(chart, "rel", "apps",
            List.of(chart.resolve("values.yaml"), chart.resolve("env/dev.yaml"), noName)));
    assertTrue(error.getMessage().contains("gateway.name: routing: gateway needs the Gateway the routes attach to"),
        error.getMessage());
  }

  @Test
  void install_notes_listTheRoutedUrlsPerEnvironment() {
    assertTrue(notes("dev").contains("Routed from outside (gateway, Gateway platform-gateway, exposure public):\n"
        + "  http://flowmonk.dev.example.com/ -> flowmonk\n  http://localmemgpt.dev.example.com/ -> localmemgpt\n"
        + "  http://web.dev.example.com/ -> web\n"), notes("dev"));
    assertTrue(notes("prod").contains("  https://web.example.com/ -> web\n"), notes("prod"));
    assertTrue(notes("local").contains("Routed from outside (ingress, exposure published):\n  http://admin.localhost/ -> admin\n"),
        notes("local"));
  }

  private static String notes(String environment) {
    com.marcnuri.helm.InstallCommand install = new com.marcnuri.helm.Helm(chart).install().withName("rel").withNamespace("apps")
        .withKubeVersion("v1.31.0").dryRun().clientOnly();
    ChartValidation.valuesFiles(chart, environment).forEach(install::withValuesFile);
    com.marcnuri.helm.Release release = install.call();
    return release.getOutput();
  }

  private static List<Object> names(List<Map<String, Object>> objects) {
    return objects.stream().map(o -> get(o, "metadata.name")).sorted((a, b) -> a.toString().compareTo(b.toString())).toList();
  }

  @Test
  void render_prod_autoscalesStatelessServicesWithHpaV2() {
    Manifests prod = in("prod");
    Map<String, Object> hpa = prod.get("HorizontalPodAutoscaler", "auth-api");
    assertEquals("autoscaling/v2", hpa.get("apiVersion"));
    assertEquals(2, get(hpa, "spec.minReplicas"));
    assertTrue(prod.find("HorizontalPodAutoscaler", "postgres").isEmpty(), "a database is not autoscaled");
    assertNull(get(prod.get("Deployment", "auth-api"), "spec.replicas"), "the HPA owns the replica count");
    assertEquals("100m", get(container(prod.get("Deployment", "web")), "resources.requests.cpu"));
    assertTrue(in("local").ofKind("HorizontalPodAutoscaler").isEmpty(), "no HPA locally");
    assertTrue(in("dev").ofKind("HorizontalPodAutoscaler").isEmpty(), "no HPA in dev");
  }

  @Test
  void render_prod_autoscalesOnlyStatelessServicesOnCpu() {
    Manifests prod = in("prod");
    assertEquals(List.of("admin", "auth-api", "billing-api", "catalog-api", "flowmonk", "localmemgpt", "web"),
        names(prod.ofKind("HorizontalPodAutoscaler")), "no HPA for postgres, redis (stateful) or db-migrate (job)");
    for (Map<String, Object> hpa : prod.ofKind("HorizontalPodAutoscaler")) {
      assertEquals(List.of("cpu"), ((List<?>) get(hpa, "spec.metrics")).stream().map(m -> get(m, "resource.name")).toList(),
          "memory target off unless set");
    }
    Path memory = writeValues("defaults:\n  autoscaling:\n    targetMemoryUtilizationPercentage: 80\n");
    Manifests withMemory = prodWith(memory);
    assertEquals(80, get(withMemory.get("HorizontalPodAutoscaler", "web"), "spec.metrics.1.resource.target.averageUtilization"));
  }

  @Test
  void render_prod_sizesEachWorkloadClass() {
    Manifests prod = in("prod");
    Map<String, Object> postgres = container(prod.get("StatefulSet", "postgres"));
    Map<String, Object> web = container(prod.get("Deployment", "web"));
    Map<String, Object> migrate = container(prod.ofKind("Job").get(0));
    assertEquals(Map.of("requests", Map.of("cpu", "250m", "memory", "512Mi"), "limits", Map.of("memory", "1Gi")),
        get(postgres, "resources"), "stateful: more memory");
    assertEquals(Map.of("requests", Map.of("cpu", "100m", "memory", "128Mi"), "limits", Map.of("memory", "512Mi")),
        get(web, "resources"), "stateless");
    assertEquals("128Mi", get(migrate, "resources.requests.memory"), "job: modest");
    assertEquals(1, get(prod.get("StatefulSet", "postgres"), "spec.replicas"));
    assertEquals(1, get(prod.get("StatefulSet", "redis"), "spec.replicas"));
    assertEquals("2Gi", get(container(prod.get("Deployment", "localmemgpt")), "resources.limits.memory"),
        "Compose's own limit wins over the class's");
    assertEquals(List.of("admin", "auth-api", "billing-api", "catalog-api", "flowmonk", "localmemgpt", "web"),
        names(prod.ofKind("PodDisruptionBudget")), "a budget only where two or more pods run");
  }

  @Test
  void render_prodOverlayMovesServiceToCache_getsCacheSizing() {
    Path cache = writeValues("services:\n  redis:\n    workloadClass: cache\n");
    Map<String, Object> redis = container(prodWith(cache).get("StatefulSet", "redis"));
    assertEquals("256Mi", get(redis, "resources.requests.memory"));
  }

  @Test
  void render_ownRequestAboveClassLimit_raisesTheLimit() {
    Path big = writeValues("services:\n  admin:\n    resources:\n      requests:\n        memory: 1Gi\n");
    Map<String, Object> admin = container(prodWith(big).get("Deployment", "admin"));
    assertEquals("1Gi", get(admin, "resources.limits.memory"), "a request above its limit would be refused");
    assertEquals("1Gi", get(admin, "resources.requests.memory"));
  }

  @Test
  void render_prodStatelessOnOnePod_hasNoDisruptionBudget() {
    Path one = writeValues("workloadClasses:\n  stateless:\n    replicas: 1\n    autoscaling:\n      enabled: false\n");
    Manifests manifests = prodWith(one);
    assertEquals(List.of("catalog-api"), names(manifests.ofKind("PodDisruptionBudget")),
        "only Compose's deploy.replicas: 2 keeps a budget; one on a single pod would block every node drain");
    assertTrue(manifests.ofKind("HorizontalPodAutoscaler").isEmpty());
  }

  private static Manifests prodWith(Path override) {
    return new Manifests(HelmChecks.template(chart, "rel", "apps",
        ChartValidation.valuesFiles(chart, "prod", override)));
  }

  @Test
  void render_local_runsOnePodAndNeverPullsLocalBuilds() {
    Manifests local = in("local");
    assertEquals(1, get(local.get("Deployment", "catalog-api"), "spec.replicas"));
    assertEquals("Never", get(container(local.get("Deployment", "auth-api")), "imagePullPolicy"));
    assertEquals("IfNotPresent", get(container(local.get("StatefulSet", "postgres")), "imagePullPolicy"));
    assertEquals(2, get(in("dev").get("Deployment", "catalog-api"), "spec.replicas"), "deploy.replicas elsewhere");
  }

  @Test
  void render_secrets_comeFromTheSecretByReference() {
    Map<String, Object> auth = container(in("local").get("Deployment", "auth-api"));
    String env = String.valueOf(get(auth, "env"));
    assertTrue(env.contains("name=JWT_SECRET, valueFrom={secretKeyRef={name=bytelyst-env, key=JWT_SECRET}}"), env);
    assertTrue(env.contains("$(POSTGRES_PASSWORD)@postgres:5432"), "DATABASE_URL embeds the secret by reference: " + env);
    Map<String, Object> config = in("local").get("ConfigMap", "auth-api-env");
    assertEquals("info", get(config, "data.LOG_LEVEL"));
    assertFalse(((Map<?, ?>) config.get("data")).containsKey("JWT_SECRET"));
  }

  @Test
  void convert_noSecretValue_appearsInAnyEmittedFileOrRender() throws IOException {
    Map<String, String> secretValues = secretValues();
    assertEquals(SECRET_VARIABLES.size(), secretValues.size());
    Conversion.readTree(chart).forEach((path, content) -> secretValues.forEach((name, value) ->
        assertFalse(content.contains(value), name + " leaked into " + path)));
    rendered.forEach((environment, content) -> secretValues.forEach((name, value) ->
        assertFalse(content.contains(value), name + " leaked into the " + environment + " render")));
  }

  private static Map<String, String> secretValues() throws IOException {
    Map<String, String> values = new java.util.TreeMap<>();
    for (String line : Files.readAllLines(SAMPLE.resolveSibling(".env.ecosystem"))) {
      int equals = line.indexOf('=');
      if (equals > 0 && SECRET_VARIABLES.contains(line.substring(0, equals))) {
        values.put(line.substring(0, equals), line.substring(equals + 1).replace("'", ""));
      }
    }
    return values;
  }

  private static List<Map<String, Object>> workloads(Manifests manifests) {
    List<Map<String, Object>> all = new java.util.ArrayList<>(manifests.ofKind("Deployment"));
    all.addAll(manifests.ofKind("StatefulSet"));
    all.addAll(manifests.ofKind("Job"));
    return all;
  }

  @Test
  void render_postgresAndRedis_areStatefulSetsWithClaimsAndKnownUsers() {
    Manifests local = in("local");
    Map<String, Integer> uids = Map.of("postgres", 70, "redis", 999);
    // redis:alpine's user is 999 in group 1000 (docker-library/redis alpine Dockerfile)
    Map<String, Integer> fsGroups = Map.of("postgres", 70, "redis", 1000);
    Map<String, String> claims = Map.of("postgres", "pgdata", "redis", "redisdata");
    claims.forEach((name, claim) -> {
      Map<String, Object> set = local.get("StatefulSet", name);
      assertEquals(1, get(set, "spec.replicas"));
      assertEquals(claim, get(local.get("PersistentVolumeClaim", claim), "metadata.name"));
      assertNull(get(local.get("PersistentVolumeClaim", claim), "spec.storageClassName"),
          "the cluster's default class: local-path on K3s, hostpath on Docker Desktop");
      String volumes = String.valueOf(get(set, "spec.template.spec.volumes"));
      assertTrue(volumes.contains("claimName=" + claim), volumes);
      assertEquals(uids.get(name), get(set, "spec.template.spec.securityContext.runAsUser"), name);
      assertEquals(fsGroups.get(name), get(set, "spec.template.spec.securityContext.fsGroup"), name);
    });
    Map<String, Object> postgres = container(local.get("StatefulSet", "postgres"));
    String mounts = String.valueOf(get(postgres, "volumeMounts"));
    assertTrue(mounts.contains("mountPath=/var/run/postgresql"), mounts);
    assertEquals("/var/lib/postgresql/data/pgdata", get(local.get("ConfigMap", "postgres-env"), "data.PGDATA"));
    assertTrue(local.find("Deployment", "postgres").isEmpty());
  }

  @Test
  void render_migration_isAJobAndDependentsWaitForTheirDependencies() {
    Manifests local = in("local");
    assertEquals("Never", get(local.ofKind("Job").get(0), "spec.template.spec.restartPolicy"), "Compose restart: \"no\"");
    assertTrue(String.valueOf(get(local.ofKind("Job").get(0), "metadata.name")).startsWith("db-migrate"));
    Map<String, Object> auth = local.get("Deployment", "auth-api");
    String init = String.valueOf(get(auth, "spec.template.spec.initContainers"));
    assertTrue(init.contains("wait-for-postgres") && init.contains("nc -z -w 2 postgres 5432"), init);
    assertTrue(init.contains("wait-for-redis") && init.contains("nslookup redis"), "service_started waits for the name: " + init);
  }

  @Test
  void render_prod_hasPdbAndKeyVaultWiredIntoPods() {
    Manifests prod = in("prod");
    Map<String, Object> pdb = prod.get("PodDisruptionBudget", "auth-api");
    assertEquals(1, get(pdb, "spec.maxUnavailable"));
    assertTrue(prod.find("PodDisruptionBudget", "postgres").isEmpty(), "one pod: no budget");
    assertTrue(in("local").ofKind("PodDisruptionBudget").isEmpty(), "local runs one pod each");
    Map<String, Object> provider = prod.get("SecretProviderClass", "bytelyst-env-akv");
    assertEquals("azure", get(provider, "spec.provider"));
    assertEquals("bytelyst-env", get(provider, "spec.secretObjects.0.secretName"));
    String objects = String.valueOf(get(provider, "spec.parameters.objects"));
    assertTrue(objects.contains("objectName: jwt-secret") && objects.contains("objectAlias: JWT_SECRET"), objects);
    Map<String, Object> auth = prod.get("Deployment", "auth-api");
    String volumes = String.valueOf(get(auth, "spec.template.spec.volumes"));
    assertTrue(volumes.contains("secretProviderClass=bytelyst-env-akv"), volumes);
    assertEquals("true", ((Map<?, ?>) get(auth, "spec.template.metadata.labels")).get("azure.workload.identity/use"));
    Map<String, Object> redis = prod.get("StatefulSet", "redis");
    assertFalse(String.valueOf(get(redis, "spec.template.spec.volumes")).contains("secrets-store"), "reads no secret");
    assertTrue(in("dev").ofKind("SecretProviderClass").isEmpty());
    assertNotNull(get(auth, "spec.template.spec.topologySpreadConstraints"));
  }

  @Test
  void render_networkPolicies_followComposeNetworksWhenEnabled() {
    Path enable = writeValues("networkPolicies:\n  enabled: true\n");
    String rendered = HelmChecks.template(chart, "rel", "apps",
        ChartValidation.valuesFiles(chart, "prod", enable));
    ChartValidation.SCHEMA.assertValid(rendered);
    Manifests manifests = new Manifests(rendered);
    String postgresFrom = String.valueOf(get(manifests.get("NetworkPolicy", "postgres"), "spec.ingress.0.from"));
    assertEquals("[{podSelector={matchLabels={networks.compose2helm.io/backend=true}}}]", postgresFrom);
    String webFrom = String.valueOf(get(manifests.get("NetworkPolicy", "web"), "spec.ingress.0.from"));
    assertTrue(webFrom.contains("networks.compose2helm.io/frontend")
        && webFrom.contains("namespaceSelector={matchLabels={kubernetes.io/metadata.name=ingress-nginx}}")
        && webFrom.contains("kubernetes.io/metadata.name=kube-system"), webFrom);
    Map<?, ?> authLabels = (Map<?, ?>) get(manifests.get("Deployment", "auth-api"), "spec.template.metadata.labels");
    assertEquals("true", authLabels.get("networks.compose2helm.io/backend"));
    assertEquals("true", authLabels.get("networks.compose2helm.io/frontend"));
    assertTrue(in("prod").ofKind("NetworkPolicy").isEmpty(), "off by default");
  }

  @Test
  void render_overlayBlockForARemovedService_failsNamingItAndTheKnownServices() {
    Path leftover = writeValues("services:\n  ghost:\n    replicas: 3\n");
    AssertionError failure = org.junit.jupiter.api.Assertions.assertThrows(AssertionError.class,
        () -> HelmChecks.template(chart, "rel", "apps",
            ChartValidation.valuesFiles(chart, "prod", leftover)));
    assertTrue(failure.getMessage().contains("ghost") && failure.getMessage().contains("'auth-api'"), failure.getMessage());
  }

  @Test
  void convert_overlays_holdOnlyWhatDiffersFromValues() throws IOException {
    Map<String, Object> values = yaml(chart.resolve("values.yaml"));
    for (String environment : ChartValidation.ENVIRONMENTS) {
      Map<String, Object> overlay = yaml(chart.resolve("env/" + environment + ".yaml"));
      List<String> same = new java.util.ArrayList<>();
      sameLeaves("", overlay, values, same);
      assertTrue(same.isEmpty(), "env/" + environment + ".yaml repeats values.yaml at " + same);
      assertFalse(overlay.containsKey("services"), "overlays set environment-wide defaults, not services");
    }
  }

  @SuppressWarnings("unchecked")
  private static void sameLeaves(String path, Map<String, Object> overlay, Map<String, Object> base, List<String> same) {
    overlay.forEach((key, value) -> {
      Object baseValue = base == null ? null : base.get(key);
      if (value instanceof Map<?, ?> nested) {
        sameLeaves(path + key + ".", (Map<String, Object>) nested,
            baseValue instanceof Map<?, ?> m ? (Map<String, Object>) m : null, same);
      } else if (java.util.Objects.equals(value, baseValue) && !"".equals(value)) { // "": a placeholder to fill
        same.add(path + key);
      }
    });
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> yaml(Path file) throws IOException {
    return (Map<String, Object>) new org.snakeyaml.engine.v2.api.Load(
        org.snakeyaml.engine.v2.api.LoadSettings.builder().build()).loadFromString(Files.readString(file));
  }

  @Test
  void lint_typoInProdOverlay_failsThroughTheSchema() throws IOException {
    Path copy = temp.resolve("typo");
    Conversion.convert(SAMPLE, copy);
    Path prod = copy.resolve("env/prod.yaml");
    Files.writeString(prod, Files.readString(prod).replace("  replicas: 2", "  replicaz: 2"));
    AssertionError error = org.junit.jupiter.api.Assertions.assertThrows(AssertionError.class,
        () -> HelmChecks.lintStrictWithOverlay(copy, prod, ChartValidation.PROD_KEY_VAULT));
    assertTrue(error.getMessage().contains("replicaz"), error.getMessage());
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> labels(Map<String, Object> object) {
    return (Map<String, Object>) get(object, "metadata.labels");
  }

  private static Path writeValues(String yaml) {
    try {
      Path file = Files.createTempFile(temp, "values-", ".yaml");
      Files.writeString(file, yaml);
      return file;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
