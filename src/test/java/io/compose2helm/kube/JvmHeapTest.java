package io.compose2helm.kube;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.compose2helm.compose.EnvVar;
import io.compose2helm.diagnostics.SourceLocation;
import java.util.List;
import org.junit.jupiter.api.Test;

class JvmHeapTest {

  private static List<EnvVar> env(String name, String value) {
    return List.of(new EnvVar(name, value, value, EnvVar.Origin.ENVIRONMENT, SourceLocation.ofFile("c.yml")));
  }

  @Test
  void of_xmxInTheEnvironmentOrCommand_givesTheHeapInBytes() {
    assertEquals(4L << 30, JvmHeap.of(env("ES_JAVA_OPTS", "-Xms4g -Xmx4g"), List.of()).bytes());
    assertEquals(512L << 20, JvmHeap.of(List.of(), List.of("java", "-Xmx512M", "-jar", "app.jar")).bytes());
    assertEquals(1048576L, JvmHeap.of(List.of(), List.of("sh", "-c", "exec java -Xmx1048576 -jar a.jar")).bytes());
    assertEquals("-Xmx4g", JvmHeap.of(env("JAVA_OPTS", "-Xmx4g"), List.of()).flag());
  }

  @Test
  void of_severalXmx_theLastCounts() {
    assertEquals(2L << 30, JvmHeap.of(env("JAVA_OPTS", "-Xmx1g"), List.of("java", "-Xmx2g")).bytes());
  }

  @Test
  void of_noXmxOrAnAbsurdOne_isNull() {
    assertNull(JvmHeap.of(env("JAVA_OPTS", "-Xms1g -XX:MaxRAMPercentage=75"), List.of()));
    assertNull(JvmHeap.of(List.of(), List.of("java", "-Xmx999999999t")), "above 8 EiB: no size, no failure");
    assertNull(JvmHeap.of(List.of(), List.of("java", "-Xmx2048t")), "above a pebibyte: a typo");
    assertNull(JvmHeap.of(List.of(), List.of("java", "-Xmx4gb")), "not a JVM size");
  }
}
