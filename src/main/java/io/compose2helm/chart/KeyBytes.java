package io.compose2helm.chart;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A render-cache key as it is written: UTF-8 bytes, gathered in chunks that are never copied again. A
 * 1,000-service chart's key is about 5 MB: a StringBuilder grew to it by doubling, was copied into a
 * String and encoded again, about 25 MB of arrays for one lookup, and the collections it caused
 * copied what else was live. Small keys (every template's) stay in one small chunk.
 */
final class KeyBytes {

  private static final int FIRST_CHUNK = 256;
  private static final int LARGEST_CHUNK = 64 * 1024;

  private final List<byte[]> full = new ArrayList<>();
  private byte[] chunk = new byte[FIRST_CHUNK];
  private int used;
  private int length;

  /** Appends a character below U+0080 (the key's type letters and separators). */
  KeyBytes ascii(char c) {
    if (used == chunk.length) {
      nextChunk();
    }
    chunk[used++] = (byte) c;
    length++;
    return this;
  }

  /** Appends the decimal digits of a count (a size or a length), without a String for them. */
  KeyBytes number(int count) {
    if (count < 0) {
      throw new IllegalArgumentException("a count is never negative: " + count);
    }
    // The largest power of ten the count has a digit for, then its digits from the first on.
    int divisor = 1;
    while (count / divisor >= 10) {
      divisor *= 10;
    }
    for (; divisor > 0; divisor /= 10) {
      ascii((char) ('0' + count / divisor % 10));
    }
    return this;
  }

  KeyBytes text(String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    int at = 0;
    while (at < bytes.length) {
      if (used == chunk.length) {
        nextChunk();
      }
      int n = Math.min(bytes.length - at, chunk.length - used);
      System.arraycopy(bytes, at, chunk, used, n);
      at += n;
      used += n;
    }
    length += bytes.length;
    return this;
  }

  private void nextChunk() {
    full.add(chunk);
    chunk = new byte[Math.min(chunk.length * 2, LARGEST_CHUNK)];
    used = 0;
  }

  int length() {
    return length;
  }

  /** The key's {@link Fingerprint}. */
  String fingerprint() {
    Fingerprint fingerprint = new Fingerprint();
    for (byte[] part : full) {
      fingerprint.update(part, 0, part.length);
    }
    return fingerprint.update(chunk, 0, used).hex();
  }

  /** Whether {@code bytes} hold this key from {@code offset} on (and have room for all of it). */
  boolean isAt(byte[] bytes, int offset) {
    if (offset < 0 || bytes.length - offset < length) {
      return false;
    }
    int at = offset;
    for (byte[] part : full) {
      if (!Arrays.equals(part, 0, part.length, bytes, at, at + part.length)) {
        return false;
      }
      at += part.length;
    }
    return Arrays.equals(chunk, 0, used, bytes, at, at + used);
  }

  void writeTo(DataOutputStream out) throws IOException {
    for (byte[] part : full) {
      out.write(part);
    }
    out.write(chunk, 0, used);
  }

  /** The key as text. */
  @Override
  public String toString() {
    byte[] all = new byte[length];
    int at = 0;
    for (byte[] part : full) {
      System.arraycopy(part, 0, all, at, part.length);
      at += part.length;
    }
    System.arraycopy(chunk, 0, all, at, used);
    return new String(all, StandardCharsets.UTF_8);
  }
}
