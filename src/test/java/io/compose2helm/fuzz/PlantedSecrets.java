package io.compose2helm.fuzz;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The fake secrets every fuzz case plants in its env file, and the forms of them that must never be
 * shown: the value, its pieces, its base64 and URL-encoded forms. Values are chosen so that no form
 * can occur by chance in a chart (not hex, not an English word).
 */
public final class PlantedSecrets {

  /** A secret-named variable and its value. */
  public record Secret(String name, String value) {
    /** The line declaring it in a .env file; single quotes keep '#' and '$' literal. */
    String dotenvLine() {
      return name + "='" + value + "'";
    }
  }

  public static final Secret REDIS = new Secret("REDIS_PASSWORD", "R3d1sPW777");
  public static final Secret DB = new Secret("DB_PASSWORD", "S3cr3t-XYZ-123");
  public static final Secret TOKEN = new Secret("API_TOKEN", "T0k3nQWV456");
  /** Shorter than the six characters some guards skip. */
  public static final Secret SHORT = new Secret("PIN_SECRET", "Zq7k");
  /** Characters that URLs, YAML and shells treat specially. */
  public static final Secret SPECIAL = new Secret("SPECIAL_PASSWORD", "p@ss:w/rd#Qz%9&x");

  public static final List<Secret> ALL = List.of(REDIS, DB, TOKEN, SHORT, SPECIAL);

  /** Pieces shorter than this are not searched for: they would match by chance. */
  static final int PIECE_LENGTH = 5;

  private static final Pattern ONLY_HEX = Pattern.compile("[0-9a-fA-F-]*");

  private PlantedSecrets() {}

  /** The .env file holding every planted secret, plus {@code extraLines}. */
  public static String dotenv(String... extraLines) {
    StringBuilder text = new StringBuilder("# planted by the fuzz suite\n");
    for (Secret secret : ALL) {
      text.append(secret.dotenvLine()).append('\n');
    }
    for (String line : extraLines) {
      text.append(line).append('\n');
    }
    return text.toString();
  }

  /** A .env file of {@code extraLines} only, for cases whose secrets come from the process environment. */
  public static String dotenvWithoutSecrets(List<String> extraLines) {
    StringBuilder text = new StringBuilder("# the secrets come from the process environment (--os-env)\n");
    extraLines.forEach(line -> text.append(line).append('\n'));
    return text.toString();
  }

  /** The planted secrets as a process environment, for --os-env cases. */
  public static Map<String, String> asEnvironment() {
    Map<String, String> environment = new LinkedHashMap<>();
    ALL.forEach(secret -> environment.put(secret.name(), secret.value()));
    return environment;
  }

  /**
   * Every form of every planted secret, each mapped to what it is ("DB_PASSWORD, base64"), so that a
   * failure report names the form without showing it.
   */
  public static Map<String, String> forbiddenForms() {
    Map<String, String> forms = new LinkedHashMap<>();
    for (Secret secret : ALL) {
      forms(secret.value()).forEach((form, kind) -> forms.putIfAbsent(form, secret.name() + kind));
    }
    return forms;
  }

  /** The value; its pieces of {@link #PIECE_LENGTH} characters; base64 at each alignment; URL-encoded. */
  static Map<String, String> forms(String value) {
    Map<String, String> forms = new LinkedHashMap<>();
    forms.put(value, "");
    for (int start = 0; start + PIECE_LENGTH <= value.length(); start++) {
      String piece = value.substring(start, start + PIECE_LENGTH);
      if (!ONLY_HEX.matcher(piece).matches()) {
        forms.putIfAbsent(piece, ", characters " + (start + 1) + "-" + (start + PIECE_LENGTH));
      }
    }
    base64Forms(value).forEach(form -> forms.putIfAbsent(form, ", base64"));
    forms.putIfAbsent(URLEncoder.encode(value, StandardCharsets.UTF_8), ", URL-encoded");
    forms.putIfAbsent(URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20"), ", URL-encoded");
    return forms;
  }

  /**
   * Base64 of the value alone, and the part of it that shows whatever precedes the value in the
   * encoded text: one encoding per offset modulo 3, without the characters the neighbours change.
   */
  private static List<String> base64Forms(String value) {
    List<String> forms = new ArrayList<>();
    byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
    for (Base64.Encoder encoder : List.of(Base64.getEncoder().withoutPadding(), Base64.getUrlEncoder().withoutPadding())) {
      forms.add(encoder.encodeToString(bytes));
      for (int offset = 0; offset <= 2; offset++) {
        byte[] shifted = new byte[bytes.length + offset];
        System.arraycopy(bytes, 0, shifted, offset, bytes.length);
        String encoded = encoder.encodeToString(shifted);
        // With a prefix, the first 4 characters mix it in; the last 3 may mix in what follows.
        int start = offset == 0 ? 0 : 4;
        if (encoded.length() - 3 - start >= 6) {
          forms.add(encoded.substring(start, encoded.length() - 3));
        }
      }
    }
    return forms;
  }
}
