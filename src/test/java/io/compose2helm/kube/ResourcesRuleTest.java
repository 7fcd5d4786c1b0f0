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
  void cpu_plainAndOtherForms_roundUpToMillicoresAsExactArithmeticDoes() {
    java.util.Random random = new java.util.Random(3);
    for (int i = 0; i < 20_000; i++) {
      String cpus = random.nextInt(4) + "." + Long.toString(Math.abs(random.nextLong()) % 1_000_000_000L);
      java.math.BigDecimal millis = new java.math.BigDecimal(cpus).movePointRight(3).setScale(0, java.math.RoundingMode.UP);
      String expected = millis.signum() == 0 ? null
          : millis.longValueExact() % 1000 == 0 ? Long.toString(millis.longValueExact() / 1000)
          : millis.toPlainString() + "m";
      assertEquals(expected, ResourcesRule.cpu(cpus), cpus);
    }
    assertEquals("1500m", ResourcesRule.cpu("1.5e0"), "an exponent goes the exact way");
    assertEquals("1m", ResourcesRule.cpu("0.0000000001"), "so do ten decimals");
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
