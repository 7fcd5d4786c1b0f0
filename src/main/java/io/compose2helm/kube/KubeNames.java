package io.compose2helm.kube;

import java.util.Locale;
import java.util.regex.Pattern;

/** Kubernetes naming rules: DNS-1123 labels for objects, DNS-1035 for Services, IANA service names for ports. */
public final class KubeNames {

  // Patterns compiled once: String.matches, split and replaceAll compile theirs at every call.
  private static final Pattern PORT_NAME = Pattern.compile("[a-z0-9]([a-z0-9-]*[a-z0-9])?");
  private static final Pattern HAS_LETTER = Pattern.compile(".*[a-z].*");

  private static final Pattern DNS_LABEL = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?");
  // Compiled once: names are made several times per service.
  private static final Pattern NOT_IN_LABEL = Pattern.compile("[^a-z0-9-]");
  private static final Pattern LEADING_HYPHENS = Pattern.compile("^-+");
  private static final Pattern TRAILING_HYPHENS = Pattern.compile("-+$");
  private static final int DNS_LABEL_MAX = 63;
  private static final int PORT_NAME_MAX = 15;
  private static final String SERVICE_PREFIX = "svc-";

  private KubeNames() {}

  /**
   * Turns a Compose service name into a DNS-1123 label: lower case, {@code _} and {@code .} become
   * {@code -}, other characters are dropped. Returns an empty string when nothing usable is left.
   */
  public static String toDnsLabel(String name) {
    if (isPlainLabel(name)) {
      return name;
    }
    String lower = name.toLowerCase(Locale.ROOT).replace('_', '-').replace('.', '-');
    String kept = NOT_IN_LABEL.matcher(lower).replaceAll("");
    String trimmed = TRAILING_HYPHENS.matcher(LEADING_HYPHENS.matcher(kept).replaceAll("")).replaceAll("");
    if (trimmed.length() > DNS_LABEL_MAX) {
      trimmed = TRAILING_HYPHENS.matcher(trimmed.substring(0, DNS_LABEL_MAX)).replaceAll("");
    }
    return trimmed;
  }

  /** Whether the name is a DNS-1123 label already, as most are: what toDnsLabel would return unchanged. */
  private static boolean isPlainLabel(String name) {
    int length = name.length();
    if (length == 0 || length > DNS_LABEL_MAX || name.charAt(0) == '-' || name.charAt(length - 1) == '-') {
      return false;
    }
    for (int i = 0; i < length; i++) {
      char c = name.charAt(i);
      if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) {
        return false;
      }
    }
    return true;
  }

  /** Service names are DNS-1035 labels: a DNS-1123 label that starts with a letter. */
  public static boolean isServiceName(String name) {
    return isDnsLabel(name) && Character.isLetter(name.charAt(0));
  }

  /**
   * The Kubernetes name of a Compose service's objects. A Service name must be a DNS-1035 label
   * (it starts with a letter), so a name that starts with a digit gets the prefix {@code svc-}.
   * Returns an empty string when nothing usable is left.
   */
  public static String serviceName(String composeName) {
    String label = toDnsLabel(composeName);
    if (label.isEmpty() || Character.isLetter(label.charAt(0))) {
      return label;
    }
    return TRAILING_HYPHENS.matcher(
        (SERVICE_PREFIX + label).substring(0, Math.min(DNS_LABEL_MAX, SERVICE_PREFIX.length() + label.length())))
        .replaceAll("");
  }

  /** Whether {@link #serviceName} had to prefix the name. */
  public static boolean needsServicePrefix(String composeName) {
    String label = toDnsLabel(composeName);
    return !label.isEmpty() && !Character.isLetter(label.charAt(0));
  }

  public static boolean isDnsLabel(String name) {
    return name.length() <= DNS_LABEL_MAX && DNS_LABEL.matcher(name).matches();
  }

  /**
   * A port name valid as an IANA service name (at most 15 characters, lower-case letters, digits
   * and single hyphens, at least one letter): the given name when it already is one, else
   * {@code protocol-port}.
   */
  public static String portName(String preferred, String protocol, int port) {
    if (preferred != null && isPortName(preferred)) {
      return preferred;
    }
    return protocol.toLowerCase(Locale.ROOT) + "-" + port;
  }

  public static boolean isPortName(String name) {
    return name.length() <= PORT_NAME_MAX
        && PORT_NAME.matcher(name).matches()
        && !name.contains("--")
        && HAS_LETTER.matcher(name).matches();
  }
}
