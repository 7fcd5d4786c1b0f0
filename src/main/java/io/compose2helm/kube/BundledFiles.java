package io.compose2helm.kube;

import io.compose2helm.diagnostics.InputLog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Decides which host files may travel inside the chart as ConfigMap data: small UTF-8 text that
 * does not look like a key or credential (those belong in Secrets, never in a chart).
 */
final class BundledFiles {

  // Patterns compiled once: String.matches, split and replaceAll compile theirs at every call.
  private static final Pattern NOT_IN_KEY = Pattern.compile("[^-._a-zA-Z0-9]");

  static final long MAX_BYTES = 1024 * 1024;
  private static final Pattern SECRET_LOOKING =
      Pattern.compile(".*(\\.pem|\\.key|\\.p12|\\.pfx|\\.jks|\\.env|secret.*|password.*|credential.*|id_rsa.*|\\.htpasswd)$");

  private BundledFiles() {}

  static boolean isBundleable(Path file) {
    try {
      if (InputLog.size(file) > MAX_BYTES) {
        return false;
      }
      String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
      if (SECRET_LOOKING.matcher(name).matches() || name.startsWith(".env")) {
        return false;
      }
      StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(InputLog.readAllBytes(file)));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    } catch (IOException e) {
      return false;
    }
  }

  /** A ConfigMap key from the file name: only the characters Kubernetes allows in keys. */
  static String keyFor(Path file) {
    String key = NOT_IN_KEY.matcher(file.getFileName().toString()).replaceAll("_");
    return key.isEmpty() || key.equals(".") || key.equals("..") ? "file" : key;
  }

  static String read(Path file) {
    try {
      return InputLog.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
