package io.compose2helm.kube;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.compose2helm.compose.ImageRef;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class KnownImagesTest {

  private static final KnownImages IMAGES = KnownImages.builtIn();
  private static final Path FILE = Path.of("src/main/resources/io/compose2helm/kube/known-images.yaml");

  private static String profileOf(String image) {
    return IMAGES.match(ImageRef.parse(image)).filter(KnownImage::profile).map(KnownImage::name).orElse(null);
  }

  @ParameterizedTest
  @ValueSource(strings = {"postgres", "library/postgres", "postgres:16", "docker.io/library/postgres:16",
      "docker.io/postgres", "registry-1.docker.io/library/postgres:16.4", "index.docker.io/library/postgres",
      "mirror.gcr.io/postgres@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef",
      "mirror.gcr.io/library/postgres:17-alpine@sha256:0123456789abcdef", "Postgres:16"})
  void match_postgresSpellings_findPostgres(String image) {
    assertEquals("postgres", profileOf(image));
  }

  @Test
  void match_otherRegistries_dropTheHost() {
    assertEquals("prometheus", profileOf("quay.io/prometheus/prometheus:v2.53.0"));
    assertEquals("keycloak", profileOf("quay.io/keycloak/keycloak:26.0"));
    assertEquals("elasticsearch", profileOf("docker.elastic.co/elasticsearch/elasticsearch:8.15.0"));
    assertEquals("valkey", profileOf("ghcr.io/valkey/valkey:8"));
    assertEquals("etcd", profileOf("gcr.io/etcd-development/etcd:v3.5.15"));
    assertEquals("redis", profileOf("localhost:5000/redis:7"));
  }

  @Test
  void match_unknownOrPortsOnly_isNoProfile() {
    assertEquals(null, profileOf("example/app:1.0"));
    assertEquals(null, profileOf("ghcr.io/example/postgres:16")); // another owner's image named postgres
    assertEquals(null, profileOf("bitnami/kafka:3.7"));
    assertTrue(IMAGES.match(ImageRef.parse("bitnami/kafka:3.7")).isPresent(), "ports-only entries still give ports");
    assertEquals(List.of(9092), IMAGES.match(ImageRef.parse("bitnami/kafka:3.7")).orElseThrow().ports());
  }

  @Test
  void forTag_variants_applyEveryMatchingFragment() {
    KnownImage postgres = IMAGES.match(ImageRef.parse("postgres:16-alpine3.20")).orElseThrow();
    assertEquals(70L, postgres.uid());
    assertEquals(999L, IMAGES.match(ImageRef.parse("postgres:16")).orElseThrow().uid());
    KnownImage rabbit = IMAGES.match(ImageRef.parse("rabbitmq:3-management-alpine")).orElseThrow();
    assertEquals(List.of(100L, 101L, List.of(5672, 15672)), List.of(rabbit.uid(), rabbit.gid(), rabbit.ports()));
    assertEquals(List.of(5672), IMAGES.match(ImageRef.parse("rabbitmq:3")).orElseThrow().ports());
    KnownImage redis = IMAGES.match(ImageRef.parse("redis:7-alpine")).orElseThrow();
    assertEquals(List.of(999L, 1000L), List.of(redis.uid(), redis.gid()));
    KnownImage qdrant = IMAGES.match(ImageRef.parse("qdrant/qdrant:v1.12.0-unprivileged")).orElseThrow();
    assertFalse(qdrant.needsRoot());
    assertEquals(1000L, qdrant.uid());
    assertTrue(IMAGES.match(ImageRef.parse("qdrant/qdrant:v1.12.0")).orElseThrow().needsRoot());
  }

  @ParameterizedTest
  @ValueSource(strings = {"postgres", "redis", "mariadb", "valkey/valkey", "nginx", "traefik", "mongo", "memcached",
      "mysql", "clickhouse/clickhouse-server", "minio/minio", "elasticsearch", "grafana/grafana", "rabbitmq",
      "prom/prometheus", "opensearchproject/opensearch", "kibana", "caddy", "quay.io/keycloak/keycloak",
      "axllent/mailpit", "gotenberg/gotenberg", "apache/tika", "getmeili/meilisearch", "typesense/typesense",
      "qdrant/qdrant", "ollama/ollama", "apache/kafka", "confluentinc/cp-kafka", "zookeeper", "nats",
      "quay.io/coreos/etcd", "influxdb", "cassandra", "httpd", "haproxy"})
  void match_commonSelfHostingImages_haveAProfile(String image) {
    assertTrue(profileOf(image) != null, image + " has no profile");
  }

  /** An emptyDir hides what the image ships below it: elasticsearch's jvm.options, nginx.conf... */
  @Test
  void profiles_neverMountOverShippedFiles() {
    List<String> problems = new ArrayList<>();
    for (KnownImage image : IMAGES.all()) {
      List<String> mounted = new ArrayList<>(image.writablePaths());
      mounted.addAll(image.dataPaths());
      for (String shipped : image.shipsFiles()) {
        mounted.stream().filter(path -> shipped.equals(path) || shipped.startsWith(path + "/"))
            .forEach(path -> problems.add(image.name() + ": " + path + " covers " + shipped));
      }
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void elasticsearch_keepsItsConfig() {
    KnownImage es = IMAGES.match("elasticsearch").orElseThrow();
    assertTrue(es.shipsFiles().contains("/usr/share/elasticsearch/config"));
    assertFalse(es.writablePaths().contains("/usr/share/elasticsearch/config"));
  }

  /** Each entry's block holds a comment naming its source: a Dockerfile or the docs. */
  @Test
  void knowledgeFile_everyEntryCitesItsSource() throws IOException {
    String text = Files.readString(FILE);
    Matcher entry = Pattern.compile("(?m)^([a-z0-9-]+):\\n((?:[ #].*\\n?)*)").matcher(text);
    List<String> uncited = new ArrayList<>();
    int entries = 0;
    while (entry.find()) {
      entries++;
      String block = entry.group(2);
      if (!block.matches("(?s).*#[^\\n]*(Dockerfile|docs)[^\\n]*.*")) {
        uncited.add(entry.group(1));
      }
    }
    assertEquals(IMAGES.all().size(), entries, "every entry was read");
    assertEquals(List.of(), uncited);
  }

  @Test
  void knowledgeFile_entriesAreWellFormed() {
    for (KnownImage image : IMAGES.all()) {
      assertFalse(image.repositories().isEmpty(), image.name());
      if (image.needsRoot()) {
        assertTrue(image.rootReason() != null, image.name() + " says why it needs root");
      }
      if (image.profile() && !image.needsRoot() && !image.anyUser()) {
        assertTrue(image.gid() != null, image.name() + " has a gid");
      }
      for (Map.Entry<String, KnownImage.Variant> variant : image.variants().entrySet()) {
        KnownImage resolved = image.forTag(variant.getKey());
        if (!resolved.needsRoot() && !resolved.anyUser()) {
          assertTrue(resolved.uid() != null && resolved.uid() != 0, image.name() + " " + variant.getKey() + " names a non-root uid");
        }
      }
    }
  }

  @Test
  void builtIn_classesAndDocumentedResources_areRead() {
    assertEquals(WorkloadClass.STATEFUL, IMAGES.match(ImageRef.parse("postgres:16")).orElseThrow().workloadClass());
    assertEquals(WorkloadClass.CACHE, IMAGES.match(ImageRef.parse("memcached")).orElseThrow().workloadClass());
    assertEquals(WorkloadClass.CACHE, IMAGES.match(ImageRef.parse("eqalpha/keydb")).orElseThrow().workloadClass(),
        "a ports-only entry carries its class too");
    assertEquals(null, IMAGES.match(ImageRef.parse("nginx")).orElseThrow().workloadClass());
    KnownImage elasticsearch = IMAGES.match(ImageRef.parse("elasticsearch:8.15.0")).orElseThrow();
    assertEquals(Map.of("requests", Map.of("memory", "2Gi"), "limits", Map.of("memory", "2Gi")), elasticsearch.resources());
    assertEquals(Map.of(), IMAGES.match(ImageRef.parse("postgres")).orElseThrow().resources());
  }
}
