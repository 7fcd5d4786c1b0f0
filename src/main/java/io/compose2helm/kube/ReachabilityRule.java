package io.compose2helm.kube;

import java.util.HashSet;
import java.util.Set;

/**
 * Gives the workload the ports {@link ServiceReachability} found beyond the declared ones, and the
 * extra Service names other containers use for it. Inferred ports never publish a service: the
 * Ingress stays driven by host ports.
 */
public final class ReachabilityRule implements MappingRule {

  @Override
  public void apply(io.compose2helm.compose.Service service, Workload workload, MappingContext context) {
    Set<Integer> declared = new HashSet<>();
    Set<String> names = new HashSet<>();
    for (ContainerPort port : workload.ports()) {
      if (port.protocol().equals("TCP")) {
        declared.add(port.port());
      }
      names.add(port.name());
    }
    for (ServiceReachability.Port port : context.reachability().ports(service.name())) {
      if (port.reason() == null || declared.contains(port.port())) {
        continue;
      }
      String name = KubeNames.portName(null, "TCP", port.port());
      if (names.add(name)) {
        workload.ports().add(new ContainerPort(name, port.port(), "TCP", null, port.reason()));
      }
    }
    workload.serviceAliases().addAll(context.reachability().aliases(service.name()));
  }
}
