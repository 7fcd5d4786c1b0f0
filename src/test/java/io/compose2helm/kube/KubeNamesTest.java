package io.compose2helm.kube;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KubeNamesTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "web, web",
    "long_syntax, long-syntax",
    "Worker.Service, worker-service",
    "_private_, private",
    "api@v2, apiv2",
    "web-2, web-2",
    "-web-, web",
  })
  void toDnsLabel_composeNames_becomeLabels(String compose, String kube) {
    assertEquals(kube, KubeNames.toDnsLabel(compose));
    assertTrue(KubeNames.isDnsLabel(kube));
  }

  @Test
  void toDnsLabel_longName_isCutTo63() {
    assertEquals(63, KubeNames.toDnsLabel("a".repeat(80)).length());
  }

  @Test
  void toDnsLabel_labelOf63_isKeptAndOneLongerIsCutWithoutATrailingHyphen() {
    String longest = "a".repeat(61) + "-b";
    assertEquals(longest, KubeNames.toDnsLabel(longest));
    assertEquals("a".repeat(62), KubeNames.toDnsLabel("a".repeat(62) + "-b"));
  }

  @ParameterizedTest(name = "{2}/{1} named ''{0}''")
  @CsvSource({
    "web-ui, TCP, 3000, web-ui",
    "this-name-is-far-too-long, TCP, 3001, tcp-3001",
    "Web, TCP, 80, tcp-80",
    "'', UDP, 53, udp-53",
    "1234, TCP, 1234, tcp-1234",
  })
  void portName_invalidNames_fallBackToProtocolAndPort(String preferred, String protocol, int port, String expected) {
    assertEquals(expected, KubeNames.portName(preferred.isEmpty() ? null : preferred, protocol, port));
  }
}
