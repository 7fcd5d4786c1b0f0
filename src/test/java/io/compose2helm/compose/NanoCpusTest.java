package io.compose2helm.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class NanoCpusTest {

  @ParameterizedTest
  @CsvSource({"0.5,500000000", "0.50,500000000", "2,2000000000", ".25,250000000", "1.,1000000000", "0,0",
      "0.000000001,1", "2.0,2000000000", "9223372036,9223372036000000000", "0009,9000000000"})
  void ofPlain_plainForms_areBillionths(String text, long nanos) {
    assertEquals(nanos, NanoCpus.ofPlain(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", ".", "-1", "+1", "1e3", "1.0000000001", "0.5000000000", "00000000001",
      "9223372036.5", "9223372037", "1..2", "1.2.3", " 1", "1 ", "\u0661", "0x10", "NaN"})
  void ofPlain_otherForms_areLeftToTheExactPath(String text) {
    assertEquals(-1, NanoCpus.ofPlain(text));
  }

  @Test
  void ofPlain_randomTexts_agreeWithBigDecimal() {
    Random random = new Random(42);
    int plain = 0;
    for (int i = 0; i < 50_000; i++) {
      StringBuilder text = new StringBuilder();
      int length = 1 + random.nextInt(14);
      for (int j = 0; j < length; j++) {
        text.append(random.nextInt(8) == 0 ? '.' : (char) ('0' + random.nextInt(10)));
      }
      long nanos = NanoCpus.ofPlain(text.toString());
      if (nanos >= 0) {
        plain++;
        assertEquals(new BigDecimal(text.toString()).movePointRight(9).longValueExact(), nanos, text.toString());
      }
    }
    assertTrue(plain > 10_000, "enough plain texts drawn: " + plain);
  }

  @ParameterizedTest
  @CsvSource({"0.5,0.50,0", "0.25,0.5,-1", "2,1.999999999,1", "1e0,1,0", "0.5000000000,0.5,0", " 1 ,1,0"})
  void compare_plainAndOtherForms(String left, String right, int sign) {
    assertEquals(sign, Integer.signum(NanoCpus.compare(left, right)));
  }
}
