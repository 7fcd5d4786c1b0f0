package io.compose2helm.kube;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class ResourcesRuleTest {

  @Test
  void cpu_fractionsBecomeMillicores() {
    assertEquals("500m", ResourcesRule.cpu("0.5"));
    assertEquals("500m", ResourcesRule.cpu("0.50"));
    assertEquals("2", ResourcesRule.cpu("2"));
    assertEquals("1500m", ResourcesRule.cpu("1.5"));
    assertEquals("1m", ResourcesRule.cpu("0.0001"));
    assertNull(ResourcesRule.cpu("0"));
  }

  @Test
  void memory_usesTheLargestBinaryUnit() {
    assertEquals("512Mi", ResourcesRule.memory(512L * 1024 * 1024));
    assertEquals("1Gi", ResourcesRule.memory(1024L * 1024 * 1024));
    assertEquals("1536Mi", ResourcesRule.memory(1536L * 1024 * 1024));
    assertEquals("100Ki", ResourcesRule.memory(100L * 1024));
    assertEquals("1000", ResourcesRule.memory(1000L));
  }


  @Test
  void knownImages_matchWithoutRegistryOrLibrary() {
    assertEquals("postgres", KnownImages.builtIn().match("docker.io/library/postgres").orElseThrow().name());
    assertEquals("grafana", KnownImages.builtIn().match("grafana/grafana").orElseThrow().name());
    assertEquals(70L, KnownImages.builtIn().match("postgres").orElseThrow().uidFor("16-alpine"));
    assertEquals(999L, KnownImages.builtIn().match("postgres").orElseThrow().uidFor("16"));
    assertEquals(true, KnownImages.builtIn().match("example/app").isEmpty());
  }
}
