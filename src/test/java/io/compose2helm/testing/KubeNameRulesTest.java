package io.compose2helm.testing;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class KubeNameRulesTest {

  @ParameterizedTest
  @ValueSource(strings = {"", "web", "v1.2.3", "a_b-c", "A"})
  void isValidLabelValue_legalValues_accepted(String value) {
    assertTrue(KubeNameRules.isValidLabelValue(value));
  }

  @ParameterizedTest
  @ValueSource(strings = {"-web", "web-", "a b", "a/b",
      "x234567890123456789012345678901234567890123456789012345678901234"})
  void isValidLabelValue_illegalValues_rejected(String value) {
    assertFalse(KubeNameRules.isValidLabelValue(value));
  }

  @ParameterizedTest
  @ValueSource(strings = {"app", "app.kubernetes.io/name", "example.com/Tier_1"})
  void isValidLabelKey_legalKeys_accepted(String key) {
    assertTrue(KubeNameRules.isValidLabelKey(key));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "/name", "Example.com/name", "a/b/c", "app.kubernetes.io/"})
  void isValidLabelKey_illegalKeys_rejected(String key) {
    assertFalse(KubeNameRules.isValidLabelKey(key));
  }
}
