package io.compose2helm.kube;

import io.compose2helm.compose.ComposeProject;
import io.compose2helm.compose.HealthCheck;
import io.compose2helm.compose.ImageRef;
import io.compose2helm.compose.PortMapping;
import io.compose2helm.compose.Service;
import io.compose2helm.diagnostics.Diagnostics;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Which port every service listens on and by which names others reach it, decided once for the
 * whole project. On a Compose network every port of every container is open, so files rarely
 * declare ports for databases and internal APIs; a Kubernetes Service needs them. The TCP ports
 * come from, in this order: {@code ports}/{@code expose}, the {@code x-compose2helm.ports} hint
 * (which then replaces all inference), the healthcheck, the ports other services (or the service
 * itself) name when they reach it, and, only when none of these gives one, the known image table.
 * Every other name Compose resolves to the service (network aliases, {@code hostname}, {@code
 * container_name}) gets a Service of its own selecting the same pods.
 */
public final class ServiceReachability {

  /** A port the service listens on and why the chart thinks so ({@code null}: Compose declared it). */
  public record Port(int port, String reason) {}

  private final Map<String, List<Port>> portsByService = new LinkedHashMap<>();
  private final Map<String, List<String>> aliasesByService = new LinkedHashMap<>();
  private final Map<String, Set<String>> reachedBy = new LinkedHashMap<>();

  private ServiceReachability() {}

  /**
   * @param mapped the services that are mapped (skipped ones left out), with their hints
   */
  static ServiceReachability of(ComposeProject project, List<MappedService> mapped, Diagnostics diagnostics) {
    ServiceReachability reachability = new ServiceReachability();
    List<Service> services = new ArrayList<>();
    for (MappedService entry : mapped) {
      services.add(entry.service());
    }
    Map<String, List<String>> otherNames = project.otherNames();
    Map<String, Set<String>> ownersByName = namesOf(otherNames, services);
    HostReferences finder = new HostReferences(new IsKnownName(ownersByName));
    Map<String, Map<Integer, String>> referencedPorts = new LinkedHashMap<>();
    Map<String, Map<String, List<String>>> bareReaches = new LinkedHashMap<>();
    for (Service service : services) {
      for (HostReference reference : finder.of(service)) {
        for (String target : ownersByName.get(reference.host())) {
          boolean self = target.equals(service.name());
          if (!self) {
            linkedSetAt(reachability.reachedBy, target).add(service.name());
          }
          if (reference.port() != null) {
            portsAt(referencedPorts, target).putIfAbsent(reference.port(),
                (self ? "named by the service itself" : "named by " + service.name()) + " (" + reference.where() + ")");
          } else if (!self) {
            wheresAt(bareReaches, target, service.name()).add(reference.where());
          }
        }
      }
    }
    for (MappedService entry : mapped) {
      Service service = entry.service();
      List<Port> ports = portsOf(service, entry.hints(), referencedPorts.getOrDefault(service.name(), Map.of()));
      reachability.portsByService.put(service.name(), ports);
      if (ports.isEmpty() && bareReaches.containsKey(service.name())) {
        warnNoPort(service, bareReaches.get(service.name()), diagnostics);
      }
    }
    for (Service service : services) {
      reachability.aliasesByService.put(service.name(), aliasesOf(otherNames, service, services, diagnostics));
    }
    return reachability;
  }

  /** The set at {@code key}, made (keeping insertion order) when there is none yet. */
  private static Set<String> linkedSetAt(Map<String, Set<String>> map, String key) {
    Set<String> set = map.get(key);
    if (set == null) {
      set = new LinkedHashSet<>();
      map.put(key, set);
    }
    return set;
  }

  private static Map<Integer, String> portsAt(Map<String, Map<Integer, String>> portsByTarget, String target) {
    Map<Integer, String> ports = portsByTarget.get(target);
    if (ports == null) {
      ports = new LinkedHashMap<>();
      portsByTarget.put(target, ports);
    }
    return ports;
  }

  /** Where {@code reacher} names {@code target} without a port; reachers sorted by name. */
  private static List<String> wheresAt(
      Map<String, Map<String, List<String>>> bareReaches, String target, String reacher) {
    Map<String, List<String>> reachers = bareReaches.get(target);
    if (reachers == null) {
      reachers = new TreeMap<>();
      bareReaches.put(target, reachers);
    }
    List<String> wheres = reachers.get(reacher);
    if (wheres == null) {
      wheres = new ArrayList<>();
      reachers.put(reacher, wheres);
    }
    return wheres;
  }

  /** Whether the service is in the chart at all (x-compose2helm.skip and provider services are not). */
  public boolean isMapped(String composeName) {
    return portsByService.containsKey(composeName);
  }

  /** The TCP ports of a service, declared ones first; empty when none is known. */
  public List<Port> ports(String composeName) {
    return portsByService.getOrDefault(composeName, List.of());
  }

  /** The port a dependant waits for, or {@code null} when the service has none. */
  public Integer firstPort(String composeName) {
    List<Port> ports = ports(composeName);
    return ports.isEmpty() ? null : ports.get(0).port();
  }

  /** The extra Service names (DNS labels) that select the service's pods. */
  public List<String> aliases(String composeName) {
    return aliasesByService.getOrDefault(composeName, List.of());
  }

  /** The other services that name this one by host in their environment or command. */
  public Set<String> reachedBy(String composeName) {
    return reachedBy.getOrDefault(composeName, Set.of());
  }

  private static List<Port> portsOf(Service service, ServiceHints hints, Map<Integer, String> referenced) {
    Map<Integer, String> ports = new LinkedHashMap<>();
    for (PortMapping mapping : service.ports()) {
      if (mapping.protocol().equalsIgnoreCase("tcp")) {
        ports.putIfAbsent(mapping.containerPort(), null);
      }
    }
    for (Integer port : service.expose()) {
      ports.putIfAbsent(port, null);
    }
    if (hints.ports() != null) {
      for (Integer port : hints.ports()) {
        ports.putIfAbsent(port, "x-compose2helm.ports");
      }
      return asList(ports);
    }
    Integer health = healthcheckPort(service.healthcheck());
    if (health != null) {
      ports.putIfAbsent(health, "the healthcheck checks it");
    }
    for (Map.Entry<Integer, String> port : referenced.entrySet()) {
      ports.putIfAbsent(port.getKey(), port.getValue());
    }
    if (ports.isEmpty() && service.image() != null) {
      Optional<KnownImage> image = KnownImages.builtIn().match(ImageRef.parse(service.image()));
      if (image.isPresent()) {
        for (Integer port : image.get().ports()) {
          ports.putIfAbsent(port, "the usual port of " + image.get().name() + " images");
        }
      }
    }
    return asList(ports);
  }

  private static List<Port> asList(Map<Integer, String> ports) {
    List<Port> list = new ArrayList<>();
    for (Map.Entry<Integer, String> port : ports.entrySet()) {
      list.add(new Port(port.getKey(), port.getValue()));
    }
    return List.copyOf(list);
  }

  /** The port an httpGet or tcpSocket probe made from the healthcheck checks. */
  private static Integer healthcheckPort(HealthCheck check) {
    if (check == null || check.disabled() || check.kind() == HealthCheck.Kind.NONE || check.test().isEmpty()) {
      return null;
    }
    ProbeAction action = HealthProbeRule.actionFor(check);
    if (action instanceof ProbeAction.HttpGet get) {
      return get.port();
    }
    return action instanceof ProbeAction.TcpSocket tcp ? tcp.port() : null;
  }

  private static void warnNoPort(Service service, Map<String, List<String>> reachers, Diagnostics diagnostics) {
    List<String> who = new ArrayList<>();
    for (Map.Entry<String, List<String>> reacher : reachers.entrySet()) {
      who.add(reacher.getKey() + " (" + String.join(", ", new LinkedHashSet<>(reacher.getValue())) + ")");
    }
    diagnostics.warn(service.location(), "services." + service.name() + ".ports",
        "'" + service.name() + "' is reached by name from " + String.join(", ", who)
            + ", but its port is unknown, so it gets no Service; declare expose: [PORT] or set"
            + " services." + service.name() + ".x-compose2helm.ports: [PORT]");
  }

  /** Every name a container of the project answers to, with the services answering to it. */
  private static Map<String, Set<String>> namesOf(Map<String, List<String>> otherNames, List<Service> services) {
    Map<String, Set<String>> owners = new LinkedHashMap<>();
    for (Service service : services) {
      linkedSetAt(owners, service.name()).add(service.name());
      for (String name : otherNames.get(service.name())) {
        linkedSetAt(owners, name).add(service.name());
      }
    }
    return owners;
  }

  private static List<String> aliasesOf(
      Map<String, List<String>> otherNames, Service service, List<Service> services, Diagnostics diagnostics) {
    String own = KubeNames.serviceName(service.name());
    Set<String> aliases = new LinkedHashSet<>();
    for (String name : otherNames.get(service.name())) {
      String label = KubeNames.toDnsLabel(name);
      if (label.equals(own)) {
        continue;
      }
      String key = "services." + service.name();
      if (!KubeNames.isServiceName(label)) {
        diagnostics.warn(service.location(), key, "the name '" + name + "' cannot be a Kubernetes Service name"
            + " (it must start with a letter); other services cannot reach '" + service.name() + "' by it");
        continue;
      }
      List<String> others = new ArrayList<>();
      for (Service other : services) {
        if (!other.name().equals(service.name()) && (KubeNames.serviceName(other.name()).equals(label)
            || hasNameLabelled(otherNames.get(other.name()), label))) {
          others.add(other.name());
        }
      }
      if (!others.isEmpty()) {
        diagnostics.warn(service.location(), key, "the name '" + name + "' is also used by " + String.join(", ", others)
            + ", so no Service of that name selects '" + service.name() + "'");
        continue;
      }
      aliases.add(label);
    }
    return List.copyOf(aliases);
  }

  private static boolean hasNameLabelled(List<String> names, String label) {
    for (String name : names) {
      if (KubeNames.toDnsLabel(name).equals(label)) {
        return true;
      }
    }
    return false;
  }

  /** True for the names a container of the project answers to. */
  private static final class IsKnownName implements Predicate<String> {
    private final Map<String, Set<String>> ownersByName;

    IsKnownName(Map<String, Set<String>> ownersByName) {
      this.ownersByName = ownersByName;
    }

    @Override
    public boolean test(String name) {
      return ownersByName.containsKey(name);
    }
  }
}
