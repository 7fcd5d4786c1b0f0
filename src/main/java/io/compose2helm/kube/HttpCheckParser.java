package io.compose2helm.kube;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Recognises healthcheck commands that only ask a local URL or port: {@code curl -f
 * http://localhost:4001/health}, {@code curl --fail localhost:9200/health} (no scheme is http),
 * {@code curl -fk https://localhost:8443/health} (scheme HTTPS), {@code wget -qO- http://127.0.0.1/health},
 * {@code nc -z localhost 5432}. Anything with extra behaviour (a POST, headers, output checks) stays an exec probe, since
 * an httpGet probe would not test the same thing.
 */
final class HttpCheckParser {

  private static final Set<String> LOCAL_HOSTS =
      Set.of("localhost", "127.0.0.1", "0.0.0.0", "[::1]", "::1");
  // Flags that only change output, retries or failure reporting, never the request itself.
  private static final Flags CURL = new Flags(
      Set.of("--fail", "--silent", "--show-error", "--insecure", "--location", "--head", "--fail-with-body"),
      Set.of("--output", "--max-time", "--connect-timeout", "--write-out", "--retry", "--retry-delay"),
      "fsSkLI4", "omw");
  private static final Flags WGET = new Flags(
      Set.of("--quiet", "--spider", "--no-verbose", "--no-check-certificate", "--server-response"),
      Set.of("--output-document", "--tries", "--timeout"),
      "qS", "OTt");

  /**
   * The options of a tool that leave the request alone: long ones with and without a value, and
   * single-letter ones that may be bundled ({@code -fsS}, {@code -qO-}).
   */
  private record Flags(Set<String> longFlags, Set<String> longWithValue, String letters, String lettersWithValue) {

    /** How many arguments starting at {@code i} this option uses, or 0 when it is not harmless. */
    int consumed(List<String> args, int i) {
      String arg = args.get(i);
      if (arg.startsWith("--")) {
        String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
        if (longFlags.contains(arg) || (arg.contains("=") && longWithValue.contains(name))) {
          return 1;
        }
        return longWithValue.contains(arg) && i + 1 < args.size() ? 2 : 0;
      }
      for (int c = 1; c < arg.length(); c++) {
        char letter = arg.charAt(c);
        if (lettersWithValue.indexOf(letter) >= 0) {
          boolean valueAttached = c + 1 < arg.length();
          return valueAttached ? 1 : i + 1 < args.size() ? 2 : 0;
        }
        if (letters.indexOf(letter) < 0) {
          return 0;
        }
      }
      return arg.length() > 1 ? 1 : 0;
    }
  }
  private static final Set<String> NC_FLAGS = Set.of("-z", "-zv", "-vz", "-v", "-4", "-n");
  private static final Set<String> NC_FLAGS_WITH_VALUE = Set.of("-w");

  private HttpCheckParser() {}

  /** The probe action equivalent to {@code argv}, when there is one. */
  static Optional<ProbeAction> parse(List<String> argv) {
    if (argv.isEmpty()) {
      return Optional.empty();
    }
    String tool = argv.get(0).substring(argv.get(0).lastIndexOf('/') + 1);
    List<String> rest = argv.subList(1, argv.size());
    return switch (tool) {
      case "curl" -> urlCheck(rest, CURL);
      case "wget" -> urlCheck(rest, WGET);
      case "nc", "netcat" -> portCheck(rest);
      default -> Optional.empty();
    };
  }

  private static Optional<ProbeAction> urlCheck(List<String> args, Flags flags) {
    String url = null;
    int i = 0;
    while (i < args.size()) {
      String arg = args.get(i);
      if (arg.startsWith("-")) {
        int used = flags.consumed(args, i);
        if (used == 0) {
          return Optional.empty();
        }
        i += used;
      } else {
        if (url != null) {
          return Optional.empty();
        }
        url = arg;
        i++;
      }
    }
    return url == null ? Optional.empty() : httpGet(url);
  }

  private static Optional<ProbeAction> httpGet(String url) {
    URI uri;
    try {
      // curl and wget read a URL without a scheme (localhost:9200/_cluster/health) as http://.
      uri = new URI(url.contains("://") ? url : "http://" + url);
    } catch (java.net.URISyntaxException e) {
      return Optional.empty();
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      return Optional.empty();
    }
    if (uri.getHost() == null || !LOCAL_HOSTS.contains(uri.getHost()) || uri.getUserInfo() != null) {
      return Optional.empty();
    }
    int port = uri.getPort() > 0 ? uri.getPort() : scheme.equals("https") ? 443 : 80;
    String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
    if (uri.getRawQuery() != null) {
      path = path + "?" + uri.getRawQuery();
    }
    return Optional.of(new ProbeAction.HttpGet(path, port, scheme.toUpperCase(Locale.ROOT)));
  }

  private static Optional<ProbeAction> portCheck(List<String> args) {
    boolean scanOnly = false;
    List<String> positional = new java.util.ArrayList<>();
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (NC_FLAGS_WITH_VALUE.contains(arg)) {
        i++;
      } else if (NC_FLAGS.contains(arg)) {
        scanOnly |= arg.contains("z");
      } else if (arg.startsWith("-")) {
        return Optional.empty();
      } else {
        positional.add(arg);
      }
    }
    if (!scanOnly || positional.size() != 2 || !LOCAL_HOSTS.contains(positional.get(0))) {
      return Optional.empty();
    }
    try {
      int port = Integer.parseInt(positional.get(1));
      return port >= 1 && port <= 65535 ? Optional.of(new ProbeAction.TcpSocket(port)) : Optional.empty();
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
