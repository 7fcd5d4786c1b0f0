package io.compose2helm.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ComposeValueParsersTest {

  @ParameterizedTest
  @CsvSource({"10s,10000", "1m30s,90000", "500ms,500", "1h2m,3720000", "1.5s,1500", "0,0", "10s1.5s,11500",
      "1.5s10s,11500", "9223372036s.5s,9223372036500"})
  void duration_goSyntax_parses(String text, long millis) {
    assertEquals(Duration.ofMillis(millis), DurationParser.parse(text));
  }

  @Test
  void duration_wholeAmounts_agreeWithExactArithmetic() {
    String[] units = {"ns", "us", "µs", "ms", "s", "m", "h"};
    long[] nanosPerUnit = {1L, 1_000L, 1_000L, 1_000_000L, 1_000_000_000L, 60_000_000_000L, 3_600_000_000_000L};
    java.util.Random random = new java.util.Random(7);
    for (int i = 0; i < 20_000; i++) {
      StringBuilder text = new StringBuilder();
      java.math.BigDecimal expected = java.math.BigDecimal.ZERO;
      for (int part = 0, parts = 1 + random.nextInt(3); part < parts; part++) {
        long amount = random.nextInt(4) == 0 ? Math.abs(random.nextLong() >> random.nextInt(63)) : random.nextInt(100);
        int unit = random.nextInt(units.length);
        text.append(amount).append(units[unit]);
        expected = expected.add(java.math.BigDecimal.valueOf(amount).multiply(java.math.BigDecimal.valueOf(nanosPerUnit[unit])));
      }
      if (expected.compareTo(java.math.BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
        String tooLong = text.toString();
        assertTrue(assertThrows(IllegalArgumentException.class, () -> DurationParser.parse(tooLong))
            .getMessage().contains("too long"), tooLong);
      } else {
        assertEquals(Duration.ofNanos(expected.longValueExact()), DurationParser.parse(text.toString()), text.toString());
      }
    }
  }

  @Test
  void duration_withoutUnit_isRejected() {
    assertThrows(IllegalArgumentException.class, () -> DurationParser.parse("10"));
    assertThrows(IllegalArgumentException.class, () -> DurationParser.parse("abc"));
  }

  @ParameterizedTest
  @CsvSource({"512m,536870912", "1g,1073741824", "1.5gb,1610612736", "100k,102400", "2048,2048", "1.5G,1610612736", "10b,10"})
  void byteSize_units_parse(String text, long bytes) {
    assertEquals(bytes, ByteSizeParser.parse(text));
  }

  @ParameterizedTest
  @CsvSource({
      // the largest size a long holds, whole and as a decimal; 7 PiB whole; ten-digit numbers
      "8191p,9222246136947933184", "7.999p,9006073354834149", "7p,7881299347898368",
      "9223372036854775807,9223372036854775807", "1234567890k,1264197519360", "0m,0"})
  void byteSize_largeWholeAndDecimal_exact(String text, long bytes) {
    assertEquals(bytes, ByteSizeParser.parse(text));
  }

  @Test
  void byteSize_above8EiB_isRejectedAsTooLarge() {
    for (String text : List.of("8192p", "999999999p", "9223372036854775808")) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ByteSizeParser.parse(text));
      assertTrue(e.getMessage().contains("too large"), e.getMessage());
    }
  }

  @Test
  void byteSize_garbage_isRejected() {
    assertThrows(IllegalArgumentException.class, () -> ByteSizeParser.parse("lots"));
  }

  @Test
  void shellWords_quotesAndBackslashes() {
    assertEquals(List.of("a", "b c", "d e", "f\"g", "h$i"), ShellWords.split("a 'b c' \"d e\" f\\\"g \"h\\$i\""));
    assertEquals(List.of("", "x"), ShellWords.split("'' x"));
    assertEquals(List.of(), ShellWords.split("   "));
  }

  @Test
  void shellWords_unterminatedQuote_isRejected() {
    assertThrows(IllegalArgumentException.class, () -> ShellWords.split("echo 'oops"));
  }

  @ParameterizedTest
  @CsvSource({"My_Shop.App,my_shopapp", "awesome-compose,awesome-compose", "-Dash,dash", "A B,ab"})
  void projectName_isNormalized(String given, String expected) {
    assertEquals(expected, ProjectNames.normalize(given));
  }

  @Test
  void schema_servicesKeys_comeFromTheBundledSpec() {
    ComposeSchema schema = ComposeSchema.get();
    org.junit.jupiter.api.Assertions.assertTrue(schema.keysAt("/definitions/service").contains("cap_add"));
    org.junit.jupiter.api.Assertions.assertTrue(schema.keysAt("/definitions/service/properties/ports").contains("app_protocol"));
    org.junit.jupiter.api.Assertions.assertTrue(schema.keysAt("").contains("services"));
  }
}
