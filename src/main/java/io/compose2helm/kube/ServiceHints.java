package io.compose2helm.kube;

import io.compose2helm.compose.Service;
import io.compose2helm.diagnostics.Diagnostics;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * A service's {@code x-compose2helm} extension: what Compose cannot say about it. Unknown keys and
 * bad values are errors, so a typo never silently does nothing.
 */
public record ServiceHints(
    boolean skip, String streaming, WorkloadKind kind, Boolean hook, Boolean ingressEnabled, String ingressHost,
    String ingressPath, List<Integer> ports, Boolean publicExposure, WorkloadClass workloadClass) {

  // Patterns compiled once: String.matches, split and replaceAll compile theirs at every call.
  private static final Pattern PORT_NUMBER = Pattern.compile("\\d{1,5}");

  static final Set<String> KEYS = new TreeSet<>(Set.of("skip", "streaming", "kind", "hook", "ingress", "ports", "public",
      "workloadClass"));
  static final Set<String> INGRESS_KEYS = new TreeSet<>(Set.of("enabled", "host", "path"));
  static final ServiceHints NONE = new ServiceHints(false, null, null, null, null, null, null, null, null, null);

  public static ServiceHints read(Service service, Diagnostics diagnostics) {
    Object raw = service.extensions().get(ProjectHints.EXTENSION);
    if (raw == null) {
      return NONE;
    }
    String prefix = "services." + service.name() + "." + ProjectHints.EXTENSION;
    if (!(raw instanceof Map<?, ?> map)) {
      diagnostics.error(service.location(), prefix, "must be a mapping with keys " + KEYS);
      return NONE;
    }
    unknownKeys(map, KEYS, prefix, service, diagnostics);
    Map<?, ?> ingress = map.get("ingress") instanceof Map<?, ?> m ? m : Map.of();
    if (map.get("ingress") != null && !(map.get("ingress") instanceof Map<?, ?>)) {
      diagnostics.error(service.location(), prefix + ".ingress", "must be a mapping with keys " + INGRESS_KEYS);
    }
    unknownKeys(ingress, INGRESS_KEYS, prefix + ".ingress", service, diagnostics);
    return new ServiceHints(
        Boolean.TRUE.equals(flag(map, "skip", prefix, service, diagnostics)),
        streaming(map.get("streaming"), prefix, service, diagnostics),
        kind(map.get("kind"), prefix, service, diagnostics),
        flag(map, "hook", prefix, service, diagnostics),
        flag(ingress, "enabled", prefix + ".ingress", service, diagnostics),
        ingress.get("host") == null ? null : String.valueOf(ingress.get("host")),
        ingress.get("path") == null ? null : String.valueOf(ingress.get("path")),
        ports(map.get("ports"), prefix, service, diagnostics),
        publicExposure(map.get("public"), prefix, service, diagnostics),
        workloadClass(map.get("workloadClass"), prefix, service, diagnostics));
  }

  /** True when the service's hints name its kind, so no rule needs to guess it. */
  static boolean setsKind(Service service) {
    return service.extensions().get(ProjectHints.EXTENSION) instanceof Map<?, ?> map && map.get("kind") != null;
  }

  /** Applies the hints over what the rules derived: what the user said last wins. */
  void applyTo(Workload workload) {
    if (streaming != null) {
      workload.setStreaming(streaming);
    }
    if (kind != null) {
      workload.setKind(kind);
    }
    if (hook != null) {
      workload.setHook(hook);
    }
    if (ingressEnabled != null) {
      workload.setExposedToUsers(ingressEnabled);
    }
    if (publicExposure != null) {
      workload.setPublicExposure(publicExposure);
    }
    workload.setIngressHost(ingressHost);
    workload.setIngressPath(ingressPath);
  }

  private static void unknownKeys(Map<?, ?> map, Set<String> known, String prefix, Service service, Diagnostics diagnostics) {
    for (Object key : map.keySet()) {
      if (!known.contains(String.valueOf(key))) {
        diagnostics.error(service.location(), prefix + "." + key, "unknown hint; known hints are " + known);
      }
    }
  }

  /** A true/false hint; anything else is an error rather than a silent false. */
  private static Boolean flag(Map<?, ?> map, String key, String prefix, Service service, Diagnostics diagnostics) {
    Object value = map.get(key);
    if (value != null && !(value instanceof Boolean)) {
      diagnostics.error(service.location(), prefix + "." + key, "must be true or false");
      return null;
    }
    return (Boolean) value;
  }

  private static String streaming(Object value, String prefix, Service service, Diagnostics diagnostics) {
    if (value == null || Boolean.FALSE.equals(value)) {
      return null;
    }
    if (Boolean.TRUE.equals(value)) {
      return "sse";
    }
    String text = String.valueOf(value).toLowerCase(Locale.ROOT);
    if (!text.equals("sse") && !text.equals("websocket")) {
      diagnostics.error(service.location(), prefix + ".streaming", "must be sse, websocket, true or false");
      return null;
    }
    return text;
  }

  /** Whether dev and prod route the service (see {@link PublicExposureRule}). */
  private static Boolean publicExposure(Object value, String prefix, Service service, Diagnostics diagnostics) {
    if (value == null || value instanceof Boolean) {
      return (Boolean) value;
    }
    diagnostics.error(service.location(), prefix + ".public", "must be true or false");
    return null;
  }

  /** The ports the service listens on, for when Compose and the references do not tell. */
  private static List<Integer> ports(Object value, String prefix, Service service, Diagnostics diagnostics) {
    if (value == null) {
      return null;
    }
    List<Integer> ports = new ArrayList<>();
    if (value instanceof List<?> list) {
      for (Object item : list) {
        String text = String.valueOf(item);
        if (!PORT_NUMBER.matcher(text).matches() || Integer.parseInt(text) < 1 || Integer.parseInt(text) > 65535) {
          ports = null;
          break;
        }
        ports.add(Integer.parseInt(text));
      }
    } else {
      ports = null;
    }
    if (ports == null) {
      diagnostics.error(service.location(), prefix + ".ports", "must be a list of port numbers (1-65535), like [5432]");
    }
    return ports;
  }

  private static WorkloadKind kind(Object value, String prefix, Service service, Diagnostics diagnostics) {
    if (value == null) {
      return null;
    }
    for (WorkloadKind kind : WorkloadKind.values()) {
      if (kind.kubeName().equalsIgnoreCase(String.valueOf(value))) {
        return kind;
      }
    }
    diagnostics.error(service.location(), prefix + ".kind", "must be Deployment, StatefulSet or Job");
    return null;
  }

  /** A class the user settles (a Redis used only as a cache despite its volume); a Job stays a job. */
  private static WorkloadClass workloadClass(Object value, String prefix, Service service, Diagnostics diagnostics) {
    if (value == null) {
      return null;
    }
    try {
      WorkloadClass chosen = WorkloadClass.of(String.valueOf(value));
      if (chosen != WorkloadClass.JOB) {
        return chosen;
      }
    } catch (IllegalArgumentException e) {
      // reported below, with what may be chosen here
    }
    diagnostics.error(service.location(), prefix + ".workloadClass",
        "must be stateless, stateful or cache (one-shot Jobs are decided by kind)");
    return null;
  }
}
