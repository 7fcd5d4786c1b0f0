package io.compose2helm.kube;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.compose2helm.compose.ImageRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WorkloadClassifierTest {

  private static Workload workload(String image) {
    Workload workload = new Workload("svc", "svc");
    workload.setImage(ImageRef.parse(image));
    return workload;
  }

  private static Workload withVolume(String image, String volume) {
    Workload workload = workload(image);
    workload.claims().add(new ClaimMount(volume, "/data", false, null));
    workload.setKind(WorkloadKind.STATEFUL_SET);
    return workload;
  }

  @Test
  void classify_namedVolumeAndDatabaseImage_isStatefulNamingBoth() {
    WorkloadClassifier.Verdict verdict = WorkloadClassifier.classify(withVolume("postgres:16-alpine", "pgdata"), null);
    assertEquals(WorkloadClass.STATEFUL, verdict.workloadClass());
    assertEquals("named volume pgdata, image postgres", verdict.reason());
  }

  @Test
  void classify_namedVolumeOnUnknownImage_isStateful() {
    WorkloadClassifier.Verdict verdict = WorkloadClassifier.classify(withVolume("acme/uploads:1", "files"), null);
    assertEquals(WorkloadClass.STATEFUL, verdict.workloadClass());
    assertEquals("named volume files", verdict.reason());
  }

  @ParameterizedTest
  @ValueSource(strings = {"mongo:7", "docker.elastic.co/elasticsearch/elasticsearch:8.15.0", "rabbitmq:3-management",
      "bitnami/kafka:3.7", "mysql/mysql-server:8.0",
      "mcr.microsoft.com/mssql/server:2022-latest", "grafana/grafana:11.0.0"})
  void classify_dataStoreImageWithoutVolume_isStateful(String image) {
    WorkloadClassifier.Verdict verdict = WorkloadClassifier.classify(workload(image), null);
    assertEquals(WorkloadClass.STATEFUL, verdict.workloadClass(), image);
    assertEquals(true, verdict.reason().contains("is a data store"), verdict.reason());
  }

  @ParameterizedTest
  @ValueSource(strings = {"memcached:1.6-alpine", "redis:7", "valkey/valkey:8", "eqalpha/keydb", "bitnami/memcached",
      "redis/redis-stack-server:7.2.0-v10"})
  void classify_cacheImageWithoutVolume_isCache(String image) {
    WorkloadClassifier.Verdict verdict = WorkloadClassifier.classify(workload(image), null);
    assertEquals(WorkloadClass.CACHE, verdict.workloadClass(), image);
    assertEquals(true, verdict.reason().endsWith(", no named volume"), verdict.reason());
  }

  @Test
  void classify_cacheImageWithNamedVolume_isStatefulSayingWhy() {
    WorkloadClassifier.Verdict verdict = WorkloadClassifier.classify(withVolume("redis:7-alpine", "redisdata"), null);
    assertEquals(WorkloadClass.STATEFUL, verdict.workloadClass());
    assertEquals("named volume redisdata: image redis is a cache, but keeps its data there", verdict.reason());
  }

  @Test
  void classify_oneShot_isJobWhateverItMounts() {
    Workload migrate = withVolume("postgres:16", "pgdata");
    migrate.setKind(WorkloadKind.JOB);
    assertEquals(WorkloadClass.JOB, WorkloadClassifier.classify(migrate, null).workloadClass());
  }

  @Test
  void classify_statefulSetHintWithoutVolume_isStateful() {
    Workload hinted = workload("acme/ledger:2");
    hinted.setKind(WorkloadKind.STATEFUL_SET);
    assertEquals(new WorkloadClassifier.Verdict(WorkloadClass.STATEFUL, "x-compose2helm.kind StatefulSet"),
        WorkloadClassifier.classify(hinted, null));
  }

  @ParameterizedTest
  @ValueSource(strings = {"bytelyst/auth-api:1.4.2", "nginx:1.27", "traefik:v3.1"})
  void classify_otherServers_areStateless(String image) {
    assertEquals(WorkloadClass.STATELESS, WorkloadClassifier.classify(workload(image), null).workloadClass(), image);
  }

  @Test
  void classify_hintedClass_winsForServersButNotForJobs() {
    Workload redis = withVolume("redis:7", "redisdata");
    assertEquals(new WorkloadClassifier.Verdict(WorkloadClass.CACHE, "x-compose2helm.workloadClass"),
        WorkloadClassifier.classify(redis, WorkloadClass.CACHE));
    Workload migrate = workload("acme/api:1");
    migrate.setKind(WorkloadKind.JOB);
    assertEquals(WorkloadClass.JOB, WorkloadClassifier.classify(migrate, WorkloadClass.STATEFUL).workloadClass());
  }
}
