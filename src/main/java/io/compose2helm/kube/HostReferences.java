package io.compose2helm.kube;

import io.compose2helm.compose.EnvVar;
import io.compose2helm.compose.Service;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds where a service names other containers by host: URLs ({@code postgres://u:pw@db:5432/x},
 * {@code mongodb://a:27017,b:27017}), {@code host:port} words and lists ({@code memcached:11211}),
 * shell {@code /dev/tcp/db/5432} probes, the whole value of a host-like variable ({@code DB_HOST:
 * db}) and {@code X_HOST} + {@code X_PORT} pairs. Only names the project defines count, so
 * {@code localhost:3000} or {@code example.com} never do.
 */
final class HostReferences {

  // Patterns compiled once: String.matches, split and replaceAll compile theirs at every call.
  private static final Pattern PORT_NUMBER = Pattern.compile("\\d{1,5}");

  // scheme://[userinfo@]host[:port][,host[:port]...]: the authority ends at / ? # whitespace, or a
  // comma that starts the next URL of a list (PLAINTEXT://kafka:9092,INTERNAL://kafka:29092).
  private static final Pattern URL =
      Pattern.compile("([A-Za-z][A-Za-z0-9+.-]*)://((?:[^/\\s?#\"'`,]|,(?![A-Za-z][\\w+.-]*://))*)");
  private static final Pattern HOST_PORT =
      Pattern.compile("(?<![A-Za-z0-9_.@/:$-])([A-Za-z0-9][A-Za-z0-9_.-]*):(\\d{1,5})(?![A-Za-z0-9_.:-])");
  private static final Pattern DEV_TCP = Pattern.compile("/dev/tcp/([A-Za-z0-9][A-Za-z0-9_.-]*)/(\\d{1,5})");
  private static final Pattern LIST_SEPARATOR = Pattern.compile("[\\s,;]+");
  // DB_HOST + DB_PORT, REDIS_ADDR + REDIS_PORT, HOST + PORT.
  private static final Pattern HOST_PORT_PAIR = Pattern.compile("(?:(.*)_)?(?:HOST|HOSTNAME|ADDR|ADDRESS|SERVER)");
  // Parts of a variable name that say its whole value is a host (or a list of hosts).
  private static final Set<String> HOST_WORDS = Set.of(
      "HOST", "HOSTS", "HOSTNAME", "HOSTNAMES", "ADDR", "ADDRS", "ADDRESS", "ADDRESSES", "SERVER", "SERVERS",
      "URL", "URLS", "URI", "URIS", "ENDPOINT", "ENDPOINTS", "SEED", "SEEDS", "POINTS", "BROKER", "BROKERS",
      "NODE", "NODES", "PEER", "PEERS");
  /** The port a client uses when a URL names none. */
  static final Map<String, Integer> SCHEME_PORTS = Map.ofEntries(
      Map.entry("http", 80), Map.entry("ws", 80), Map.entry("https", 443), Map.entry("wss", 443),
      Map.entry("redis", 6379), Map.entry("rediss", 6379), Map.entry("postgres", 5432),
      Map.entry("postgresql", 5432), Map.entry("mysql", 3306), Map.entry("mariadb", 3306),
      Map.entry("mongodb", 27017), Map.entry("amqp", 5672), Map.entry("amqps", 5671),
      Map.entry("nats", 4222), Map.entry("memcached", 11211), Map.entry("smtp", 25),
      Map.entry("ldap", 389), Map.entry("ldaps", 636));

  private final Predicate<String> isProjectName;

  /** @param isProjectName true for the names a container of the project answers to */
  HostReferences(Predicate<String> isProjectName) {
    this.isProjectName = isProjectName;
  }

  /** Every reference in a service's environment (env_file included), command and entrypoint. */
  List<HostReference> of(Service service) {
    List<HostReference> found = new ArrayList<>();
    Map<String, String> values = new HashMap<>();
    for (EnvVar variable : service.environment()) {
      if (variable.value() != null) {
        values.put(variable.name(), variable.value());
      }
    }
    for (EnvVar variable : service.environment()) {
      if (variable.value() == null) {
        continue;
      }
      String where = "environment." + variable.name();
      found.addAll(inText(variable.value(), where));
      if (isHostVariable(variable.name())) {
        for (String word : LIST_SEPARATOR.split(variable.value().trim())) {
          if (isProjectName.test(word)) {
            found.add(bareName(word, variable.name(), values));
          }
        }
      }
    }
    for (String word : words(service.command())) {
      found.addAll(inText(word, "command"));
    }
    for (String word : words(service.entrypoint())) {
      found.addAll(inText(word, "entrypoint"));
    }
    return found;
  }

  /**
   * A host named alone, as in {@code DB_HOST: db}. Its port is the one of the paired variable
   * ({@code DB_PORT: 3306}), else the usual port of a known image the variable is named after
   * ({@code MYSQL_HOST}, {@code CASSANDRA_CONTACT_POINTS}), else unknown.
   */
  private static HostReference bareName(String host, String variable, Map<String, String> values) {
    String where = "environment." + variable;
    Matcher pair = HOST_PORT_PAIR.matcher(variable);
    if (pair.matches()) {
      String portName = pair.group(1) == null ? "PORT" : pair.group(1) + "_PORT";
      Integer port = values.containsKey(portName) ? port(values.get(portName).trim()) : null;
      if (port != null) {
        return new HostReference(host, port, where + " and " + portName);
      }
    }
    for (String part : variable.toLowerCase(Locale.ROOT).split("_")) {
      Integer port = KnownImages.builtIn().usualPort(part);
      if (port != null) {
        return new HostReference(host, port, where + ", the usual port of " + part);
      }
    }
    return new HostReference(host, null, where);
  }

  /** URLs, {@code host:port} words and {@code /dev/tcp/host/port} in one piece of text. */
  List<HostReference> inText(String text, String where) {
    List<HostReference> found = new ArrayList<>();
    // Each pattern needs a colon or /dev/tcp/, which most values (names, flags, paths) lack.
    if (text.indexOf(':') < 0 && !text.contains("/dev/tcp/")) {
      return found;
    }
    Matcher url = URL.matcher(text);
    StringBuilder rest = new StringBuilder(text);
    while (url.find()) {
      Integer schemePort = SCHEME_PORTS.get(url.group(1).toLowerCase(Locale.ROOT));
      String authority = url.group(2);
      authority = authority.substring(authority.lastIndexOf('@') + 1);
      for (String hostPort : authority.split(",")) {
        int colon = hostPort.lastIndexOf(':');
        String host = colon < 0 ? hostPort : hostPort.substring(0, colon);
        Integer port = colon < 0 ? schemePort : port(hostPort.substring(colon + 1));
        if (isProjectName.test(host)) {
          found.add(new HostReference(host, port, where));
        }
      }
      // A URL's authority is not scanned again as host:port words.
      for (int i = url.start(); i < url.end(); i++) {
        rest.setCharAt(i, ' ');
      }
    }
    for (Pattern pattern : List.of(HOST_PORT, DEV_TCP)) {
      Matcher matcher = pattern.matcher(rest);
      while (matcher.find()) {
        Integer port = port(matcher.group(2));
        if (port != null && isProjectName.test(matcher.group(1))) {
          found.add(new HostReference(matcher.group(1), port, where));
        }
      }
    }
    return found;
  }

  static boolean isHostVariable(String name) {
    for (String part : name.toUpperCase(Locale.ROOT).split("_")) {
      if (HOST_WORDS.contains(part)) {
        return true;
      }
    }
    return false;
  }

  private static List<String> words(List<String> command) {
    return command == null ? List.of() : command;
  }

  private static Integer port(String text) {
    if (!PORT_NUMBER.matcher(text).matches()) {
      return null;
    }
    int port = Integer.parseInt(text);
    return port >= 1 && port <= 65535 ? port : null;
  }
}
