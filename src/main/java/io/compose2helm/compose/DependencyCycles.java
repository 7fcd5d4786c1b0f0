package io.compose2helm.compose;

import io.compose2helm.diagnostics.Diagnostics;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compose refuses services that depend on themselves, directly or through others: none of them
 * could ever start. Each cycle is reported once, at the first of its services in file order.
 */
final class DependencyCycles {

  private DependencyCycles() {}

  static void check(Map<String, Service> services, Diagnostics diagnostics) {
    Set<String> reported = new HashSet<>();
    for (Service service : services.values()) {
      List<String> cycle = cycleFrom(service.name(), services, new ArrayList<>());
      if (cycle != null && reported.add(String.join(" ", cycle.stream().distinct().sorted().toList()))) {
        diagnostics.error(service.location(), "services." + service.name() + ".depends_on",
            "dependency cycle: " + String.join(" -> ", cycle));
      }
    }
  }

  /** The path from {@code start} back to itself, or null when there is none (depth-first, each service once). */
  private static List<String> cycleFrom(String start, Map<String, Service> services, List<String> path) {
    return search(start, start, services, path, new HashSet<>());
  }

  private static List<String> search(String start, String current, Map<String, Service> services, List<String> path,
      Set<String> visited) {
    path.add(current);
    Service service = services.get(current);
    for (Dependency dependency : service == null ? List.<Dependency>of() : service.dependsOn()) {
      if (dependency.service().equals(start)) {
        List<String> cycle = new ArrayList<>(path);
        cycle.add(start);
        return cycle;
      }
      if (visited.add(dependency.service())) {
        List<String> cycle = search(start, dependency.service(), services, path, visited);
        if (cycle != null) {
          return cycle;
        }
      }
    }
    path.remove(path.size() - 1);
    return null;
  }
}
