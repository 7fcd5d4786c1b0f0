package io.compose2helm.chart;

import java.util.HexFormat;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/**
 * The CRC-32C and the CRC-32 of some bytes, fed in one piece or several, as 16 hex digits. It tells a
 * file from an edited copy and names cache entries; it is no cryptographic hash. Both CRCs run
 * natively even in the JIT this tool starts with, which has no intrinsic for SHA-256.
 */
final class Fingerprint {

  private final CRC32C castagnoli = new CRC32C();
  private final CRC32 ieee = new CRC32();

  Fingerprint update(byte[] bytes, int offset, int length) {
    castagnoli.update(bytes, offset, length);
    ieee.update(bytes, offset, length);
    return this;
  }

  /** The 16 hex digits of what was fed so far. */
  String hex() {
    return HexFormat.of().toHexDigits((castagnoli.getValue() << 32) | ieee.getValue());
  }
}
