package io.compose2helm.testing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * Proves that what a rendered chart's containers use to reach the project's other services
 * resolves in the cluster: every {@code host:port}, URL or bare host name in a container's
 * environment (its {@code env} values and the ConfigMaps it reads with {@code envFrom}), command
 * or args whose host is a name of the Compose project (a service name, network alias, {@code
 * hostname} or {@code container_name}) must be the name of a rendered Service that has that port.
 *
 * <p>This is written apart from the converter's own inference on purpose: it reads the render,
 * not the model. A URL without a port means the scheme's port for http(s) and ws(s), and any port
 * for other schemes. Names of services that are not rendered at all (disabled by a profile,
 * skipped) are counted apart, as {@code toNotRendered}: nothing can serve them in that render.
 */
public final class ReachabilityCheck {

  /** One use of a project name inside a container. */
  public record Reference(String workload, String where, String host, Integer port) {
    @Override
    public String toString() {
      return workload + " " + where + " -> " + host + (port == null ? "" : ":" + port);
    }
  }

  /** The references of one render, sorted into what resolves and what does not. */
  public record Result(List<Reference> resolved, List<Reference> unresolved, List<Reference> toNotRendered) {
    public int total() {
      return resolved.size() + unresolved.size();
    }
  }

  private static final Pattern URL =
      Pattern.compile("([A-Za-z][A-Za-z0-9+.-]*)://((?:[^/\\s?#\"'`,]|,(?![A-Za-z][\\w+.-]*://))*)");
  private static final Pattern HOST_PORT = Pattern.compile("(?<![\\w.@/:$-])([A-Za-z0-9][\\w.-]*):(\\d{1,5})(?![\\w.:-])");
  private static final Pattern DEV_TCP = Pattern.compile("/dev/tcp/([\\w.-]+)/(\\d{1,5})");
  private static final Pattern KUBE_REFERENCE = Pattern.compile("\\$\\(([A-Za-z_][A-Za-z0-9_]*)\\)");
  private static final Map<String, Integer> SCHEME_PORTS = Map.of("http", 80, "https", 443, "ws", 80, "wss", 443);
  private static final Pattern HOST_VARIABLE = Pattern.compile(
      "(?i)(HOST|ADDR|SERVER|URL|URI|ENDPOINT|SEEDS|CONTACT_POINTS|BROKER|NODES|PEERS)");
  private static final Set<String> WORKLOAD_KINDS = Set.of("Deployment", "StatefulSet", "Job", "DaemonSet");

  private final Map<String, String> serviceByName = new LinkedHashMap<>();

  /** @param namesByService every Compose service with all the names it answers to (its own included) */
  public ReachabilityCheck(Map<String, ? extends Iterable<String>> namesByService) {
    namesByService.forEach((service, names) -> {
      serviceByName.put(service, service);
      names.forEach(name -> serviceByName.putIfAbsent(name, service));
    });
  }

  @SuppressWarnings("unchecked")
  public Result check(String renderedManifests) {
    List<Map<String, Object>> documents = new ArrayList<>();
    for (Object document : new Load(LoadSettings.builder().build()).loadAllFromString(renderedManifests)) {
      if (document instanceof Map<?, ?> map) {
        documents.add((Map<String, Object>) map);
      }
    }
    Map<String, Set<Integer>> servicePorts = new TreeMap<>();
    Map<String, Map<String, Object>> configMaps = new TreeMap<>();
    Set<String> renderedWorkloads = new TreeSet<>();
    for (Map<String, Object> document : documents) {
      String name = String.valueOf(((Map<String, Object>) document.get("metadata")).get("name"));
      switch (String.valueOf(document.get("kind"))) {
        case "Service" -> {
          Set<Integer> ports = new TreeSet<>();
          for (Object port : list(((Map<String, Object>) document.get("spec")).get("ports"))) {
            ports.add(((Number) ((Map<String, Object>) port).get("port")).intValue());
          }
          servicePorts.put(name, ports);
        }
        case "ConfigMap" -> configMaps.put(name, (Map<String, Object>) document.getOrDefault("data", Map.of()));
        default -> {
          if (WORKLOAD_KINDS.contains(String.valueOf(document.get("kind")))) {
            renderedWorkloads.add(name);
          }
        }
      }
    }
    List<Reference> resolved = new ArrayList<>();
    List<Reference> unresolved = new ArrayList<>();
    List<Reference> toNotRendered = new ArrayList<>();
    for (Map<String, Object> document : documents) {
      if (!WORKLOAD_KINDS.contains(String.valueOf(document.get("kind")))) {
        continue;
      }
      String workload = String.valueOf(((Map<String, Object>) document.get("metadata")).get("name"));
      for (Reference reference : referencesOf(workload, document, configMaps)) {
        String target = serviceByName.get(reference.host());
        Set<Integer> ports = servicePorts.get(reference.host());
        if (!renderedWorkloads.contains(workloadName(target))) {
          toNotRendered.add(reference);
        } else if (ports != null && (reference.port() == null || ports.contains(reference.port()))) {
          resolved.add(reference);
        } else {
          unresolved.add(reference);
        }
      }
    }
    return new Result(resolved, unresolved, toNotRendered);
  }

  /** The Kubernetes name a Compose service's workload gets (lower case, {@code _} and {@code .} as {@code -}). */
  private static String workloadName(String composeName) {
    return composeName.toLowerCase(Locale.ROOT).replace('_', '-').replace('.', '-');
  }

  @SuppressWarnings("unchecked")
  private List<Reference> referencesOf(String workload, Map<String, Object> document, Map<String, Map<String, Object>> configMaps) {
    Map<String, Object> spec = (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>) document.get("spec"))
        .get("template")).get("spec");
    List<Reference> found = new ArrayList<>();
    for (Object item : list(spec.get("containers"))) {
      Map<String, Object> container = (Map<String, Object>) item;
      for (Object env : list(container.get("env"))) {
        Map<String, Object> variable = (Map<String, Object>) env;
        if (variable.get("value") != null) {
          environmentValue(workload, "env " + variable.get("name"), String.valueOf(variable.get("value")), found);
        }
      }
      for (Object from : list(container.get("envFrom"))) {
        Object ref = ((Map<String, Object>) from).get("configMapRef");
        if (ref != null) {
          String name = String.valueOf(((Map<String, Object>) ref).get("name"));
          configMaps.getOrDefault(name, Map.of()).forEach((key, value) ->
              environmentValue(workload, "configMap " + name + " " + key, String.valueOf(value), found));
        }
      }
      for (String field : List.of("command", "args")) {
        for (Object word : list(container.get(field))) {
          inText(workload, field, String.valueOf(word), found);
        }
      }
    }
    return found;
  }

  /**
   * A variable's value: references in its text, or, for a variable whose name says it holds hosts
   * ({@code DB_HOST}, {@code ES_SEEDS}, {@code CACHE_URL}...), the value or each item of its list
   * being a project name. Other names are no hosts: {@code MYSQL_USER: ghost}, {@code OTEL_SERVICE_NAME}.
   */
  private void environmentValue(String workload, String where, String value, List<Reference> found) {
    inText(workload, where, value, found);
    if (!HOST_VARIABLE.matcher(where.substring(where.lastIndexOf(' ') + 1)).find()) {
      return;
    }
    for (String item : value.trim().split("[\\s,;]+")) {
      if (serviceByName.containsKey(item)) {
        found.add(new Reference(workload, where, item, null));
      }
    }
  }

  private void inText(String workload, String where, String raw, List<Reference> found) {
    // $(NAME) is expanded by Kubernetes from a Secret: it never holds a host here.
    StringBuilder text = new StringBuilder(KUBE_REFERENCE.matcher(raw).replaceAll("x"));
    Matcher url = URL.matcher(text);
    List<int[]> spans = new ArrayList<>();
    while (url.find()) {
      String authority = url.group(2).substring(url.group(2).lastIndexOf('@') + 1);
      for (String hostPort : authority.split(",")) {
        int colon = hostPort.lastIndexOf(':');
        String host = colon < 0 ? hostPort : hostPort.substring(0, colon);
        Integer port = colon < 0 ? SCHEME_PORTS.get(url.group(1).toLowerCase(Locale.ROOT)) : parsePort(hostPort.substring(colon + 1));
        if (serviceByName.containsKey(host)) {
          found.add(new Reference(workload, where, host, port));
        }
      }
      spans.add(new int[] {url.start(), url.end()});
    }
    spans.forEach(span -> {
      for (int i = span[0]; i < span[1]; i++) {
        text.setCharAt(i, ' ');
      }
    });
    for (Pattern pattern : List.of(HOST_PORT, DEV_TCP)) {
      Matcher matcher = pattern.matcher(text);
      while (matcher.find()) {
        if (serviceByName.containsKey(matcher.group(1))) {
          found.add(new Reference(workload, where, matcher.group(1), parsePort(matcher.group(2))));
        }
      }
    }
  }

  private static Integer parsePort(String text) {
    return text.matches("\\d{1,5}") ? Integer.valueOf(text) : null;
  }

  private static List<?> list(Object value) {
    return value instanceof List<?> list ? list : List.of();
  }
}
