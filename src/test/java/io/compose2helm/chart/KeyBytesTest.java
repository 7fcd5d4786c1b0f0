package io.compose2helm.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class KeyBytesTest {

  /** Text that fills several chunks, with two- to four-byte characters across their borders. */
  private static String longText() {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 40_000; i++) {
      text.append("key").append(i).append(i % 7 == 0 ? "é" : "").append(i % 11 == 0 ? "€" : "")
          .append(i % 13 == 0 ? "\uD83D\uDE80" : "").append(':');
    }
    return text.toString();
  }

  private static KeyBytes keyOf(String text) {
    return new KeyBytes().text("s").number(text.length()).ascii(':').text(text);
  }

  private static byte[] written(KeyBytes key) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    key.writeTo(new DataOutputStream(bytes));
    return bytes.toByteArray();
  }

  @Test
  void writeTo_manyChunks_isTheUtf8OfTheTextAppended() throws IOException {
    String text = longText();
    byte[] expected = ("s" + text.length() + ":" + text).getBytes(StandardCharsets.UTF_8);
    KeyBytes key = keyOf(text);

    assertTrue(expected.length > 4 * 64 * 1024, "the text should span several of the largest chunks");
    assertArrayEquals(expected, written(key));
    assertEquals(expected.length, key.length());
    assertEquals("s" + text.length() + ":" + text, key.toString());
  }

  @Test
  void fingerprint_manyChunks_isThatOfTheWholeBytes() {
    String text = longText();
    byte[] whole = ("s" + text.length() + ":" + text).getBytes(StandardCharsets.UTF_8);

    assertEquals(new Fingerprint().update(whole, 0, whole.length).hex(), keyOf(text).fingerprint());
    assertNotEquals(keyOf(text).fingerprint(), keyOf(text + "x").fingerprint());
  }

  @Test
  void isAt_sameKeyAfterAHeader_matchesOnlyAtItsOffsetAndWhole() throws IOException {
    String text = longText();
    byte[] key = written(keyOf(text));
    byte[] file = new byte[key.length + 10];
    System.arraycopy(key, 0, file, 4, key.length);

    assertTrue(keyOf(text).isAt(file, 4));
    assertFalse(keyOf(text).isAt(file, 3));
    assertFalse(keyOf(text).isAt(file, 11), "a key that runs past the end of the bytes");
    assertFalse(keyOf(text).isAt(file, -1));
    file[4 + key.length - 1] ^= 1;
    assertFalse(keyOf(text).isAt(file, 4), "the last byte differs");
  }

  @Test
  void ascii_smallKey_staysInOneChunkAndReadsBack() throws IOException {
    KeyBytes key = new KeyBytes().ascii('l').number(2).ascii(':').text("a").text("");

    assertArrayEquals("l2:a".getBytes(StandardCharsets.UTF_8), written(key));
    assertEquals("l2:a", key.toString());
  }

  @Test
  void number_counts_areTheirDecimalDigits() {
    for (int count : new int[] {0, 7, 9, 10, 99, 100, 1_234_567, 1_000_000_000, Integer.MAX_VALUE}) {
      assertEquals(Integer.toString(count), new KeyBytes().number(count).toString());
    }
  }
}
