package io.compose2helm.audit;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a network endpoint baked into a value: a URL with a real host name, a bare {@code
 * host:port}, or Docker Desktop's {@code host.docker.internal}. Loopback and bind-all addresses
 * do not count, and neither do hosts built from {@code ${VARIABLES}}: those are already
 * configurable.
 */
final class EndpointDetector {

  private static final Pattern URL = Pattern.compile(
      "[A-Za-z][A-Za-z0-9+.-]*://(?:[^/@\\s]*@)?(\\[[^\\]]*\\]|[^/:?#\\s]+)(:\\d+)?");
  private static final Pattern HOST_PORT = Pattern.compile(
      "(?<![\\w.@/:-])([A-Za-z0-9][A-Za-z0-9.-]*):(\\d{1,5})(?![\\w.:])");
  private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
  private static final Pattern DOCKER_DESKTOP_HOST =
      Pattern.compile("\\b(host|gateway)\\.docker\\.internal\\b");

  private EndpointDetector() {}

  /** The first non-local endpoint in {@code value}, as written. */
  static Optional<String> find(String value) {
    if (value == null) {
      return Optional.empty();
    }
    Matcher url = URL.matcher(value);
    while (url.find()) {
      if (isHardcodedHost(url.group(1))) {
        return Optional.of(url.group());
      }
    }
    // URLs were judged whole above; blank them so their host:port is not matched again.
    String withoutUrls = URL.matcher(value).replaceAll(" ");
    Matcher hostPort = HOST_PORT.matcher(withoutUrls);
    while (hostPort.find()) {
      String host = hostPort.group(1);
      boolean looksLikeHost = host.matches(".*[A-Za-z].*") || IPV4.matcher(host).matches();
      if (looksLikeHost && isHardcodedHost(host)) {
        return Optional.of(hostPort.group());
      }
    }
    Matcher dockerHost = DOCKER_DESKTOP_HOST.matcher(withoutUrls);
    return dockerHost.find() ? Optional.of(dockerHost.group()) : Optional.empty();
  }

  private static boolean isHardcodedHost(String host) {
    String h = host.toLowerCase(Locale.ROOT);
    if (h.isEmpty() || h.contains("$") || h.contains("{")) {
      return false;
    }
    return !(h.equals("localhost") || h.endsWith(".localhost") || h.startsWith("127.")
        || h.equals("0.0.0.0") || h.equals("[::1]") || h.equals("[::]"));
  }
}
