package io.compose2helm.kube;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides from a variable's name or value whether it holds a secret. Names are split into words
 * ({@code STRIPE_SECRET_KEY} -> STRIPE, SECRET, KEY) so that {@code MONKEY} or {@code KEYCLOAK_URL}
 * are not caught by a substring; names ending in FILE or PATH point at a secret, they are not one.
 */
public final class SecretClassifier {

  private static final Set<String> SECRET_WORDS =
      Set.of(
          "PASSWORD", "PASSWD", "PASS", "PWD", "PW", "SECRET", "SECRETS", "TOKEN", "KEY", "APIKEY",
          "CREDENTIAL", "CREDENTIALS", "PRIVATE", "DSN", "PASSPHRASE", "SALT", "AUTH", "AUTHTOKEN", "APITOKEN",
          "ACCESSKEY", "SECRETKEY", "APISECRET", "HTPASSWD", "PASSCODE", "COOKIE", "SIGNATURE");
  // Last words that make the variable describe a secret rather than hold one (TOKEN_TTL_SECONDS,
  // JWT_SECRET_FILE, AUTH_URL); URLs that carry a password are still caught by their value.
  private static final Set<String> POINTER_WORDS =
      Set.of("FILE", "PATH", "DIR", "NAME", "ID", "SECONDS", "TTL", "TIMEOUT", "EXPIRY", "EXPIRES", "MINUTES",
          "HOURS", "DAYS", "LENGTH", "SIZE", "ENABLED", "URL", "URI", "HOST", "PORT", "ENDPOINT", "ISSUER",
          "ALGORITHM", "TYPE", "HEADER", "MODE", "METHOD", "METHODS", "PROVIDER", "PROVIDERS", "STRATEGY", "REALM",
          "SCOPE", "SCOPES", "USER", "USERNAME", "DOMAIN", "SERVER", "SERVICE", "BACKEND", "REQUIRED", "DISABLED");
  // scheme://user:password@host: a connection string that carries its own password.
  private static final Pattern URL_WITH_PASSWORD = Pattern.compile("[a-zA-Z][a-zA-Z0-9+.-]*://[^/\\s:@]*:[^/\\s@]+@");
  private static final Pattern URL_PASSWORD = Pattern.compile("[a-zA-Z][a-zA-Z0-9+.-]*://[^/\\s:@]*:([^/\\s@]+)@");

  private SecretClassifier() {}
  // Compiled once: String.split compiles a pattern like this one at every call.
  private static final Pattern NON_WORD = Pattern.compile("[^A-Z0-9]+");

  // The shell's working directories, in every environment --os-env reads: PWD is the password
  // abbreviation only as a word of a longer name (DB_PWD), and a path the chart's relative paths
  // spell out would stop the run as a leak.
  private static final Set<String> SHELL_DIRECTORIES = Set.of("PWD", "OLDPWD");

  public static boolean isSecretName(String name) {
    if (SHELL_DIRECTORIES.contains(name)) {
      return false;
    }
    String[] words = NON_WORD.split(name.toUpperCase(Locale.ROOT));
    if (words.length == 0 || POINTER_WORDS.contains(words[words.length - 1])) {
      return false;
    }
    for (String word : words) {
      if (SECRET_WORDS.contains(word) || word.endsWith("PASSWORD")) {
        return true;
      }
    }
    return false;
  }

  public static boolean hasUrlCredentials(String value) {
    return mayHoldUrlPassword(value) && URL_WITH_PASSWORD.matcher(value).find();
  }

  /**
   * Whether the value has an {@code @} after a {@code ://}, which a URL with a password needs: most
   * values have neither, and many URLs no user part, so the pattern searches only the few that might.
   */
  private static boolean mayHoldUrlPassword(String value) {
    if (value == null) {
      return false;
    }
    int scheme = value.indexOf("://");
    return scheme >= 0 && value.indexOf('@', scheme) >= 0;
  }

  /** The passwords of the URLs in the value, in order: the only secret part of a connection string. */
  public static List<String> urlPasswords(String value) {
    List<String> passwords = new ArrayList<>();
    if (mayHoldUrlPassword(value)) {
      Matcher matcher = URL_PASSWORD.matcher(value);
      while (matcher.find()) {
        passwords.add(matcher.group(1));
      }
    }
    return passwords;
  }
}
