package io.compose2helm.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.commons.text.StringEscapeUtils;
import org.junit.jupiter.api.Test;

class ChartReadmeTest {

  @Test
  void html4Escape_everyCharacter_matchesStringEscapeUtils() {
    for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
      if (c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE) {
        continue;
      }
      String text = "a" + Character.toString(c) + "b";
      assertEquals(StringEscapeUtils.escapeHtml4(text), ChartReadme.Html4.ESCAPE.translate(text), "U+" + Integer.toHexString(c));
    }
    String prose = "Port of <service> & \"its\" café — 100 µs";
    assertEquals(StringEscapeUtils.escapeHtml4(prose), ChartReadme.Html4.ESCAPE.translate(prose));
  }

  /** The README skips escaping for text without these characters: escaping must leave the rest alone. */
  @Test
  void html4Escape_asciiOtherThanQuoteAmpersandAndBrackets_staysAsItIs() {
    for (char c = 0; c < 0x80; c++) {
      if ("\"&<>".indexOf(c) < 0) {
        assertEquals(String.valueOf(c), ChartReadme.Html4.ESCAPE.translate(String.valueOf(c)), "code " + (int) c);
      }
    }
  }
}
