package io.compose2helm.kube;

import io.compose2helm.compose.PortMapping;
import io.compose2helm.compose.Service;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Published ports and {@code expose} become container ports, served by a Service named like the
 * Compose service so {@code postgres:5432} keeps resolving. Host ports have no meaning in a
 * cluster; they are kept only for port-forward hints.
 */
public final class PortRule implements MappingRule {

  @Override
  public void apply(Service service, Workload workload, MappingContext context) {
    Map<String, ContainerPort> byPortAndProtocol = new LinkedHashMap<>();
    Set<String> usedNames = new HashSet<>();
    for (PortMapping mapping : service.ports()) {
      String protocol = mapping.protocol().toUpperCase(Locale.ROOT);
      String key = mapping.containerPort() + "/" + protocol;
      ContainerPort existing = byPortAndProtocol.get(key);
      if (existing != null) {
        // Two host ports for one container port: keep the first for the hint.
        continue;
      }
      String name = uniqueName(mapping.name(), protocol, mapping.containerPort(), usedNames);
      byPortAndProtocol.put(key, new ContainerPort(name, mapping.containerPort(), protocol, mapping.hostPort()));
      if (mapping.hostPort() != null) {
        workload.setExposedToUsers(true);
      }
    }
    for (Integer port : service.expose()) {
      String key = port + "/TCP";
      if (!byPortAndProtocol.containsKey(key)) {
        byPortAndProtocol.put(key, new ContainerPort(uniqueName(null, "TCP", port, usedNames), port, "TCP", null));
      }
    }
    workload.ports().addAll(byPortAndProtocol.values());
  }

  private static String uniqueName(String preferred, String protocol, int port, Set<String> used) {
    String name = KubeNames.portName(preferred, protocol, port);
    if (!used.add(name)) {
      name = KubeNames.portName(null, protocol, port);
      used.add(name);
    }
    return name;
  }
}
