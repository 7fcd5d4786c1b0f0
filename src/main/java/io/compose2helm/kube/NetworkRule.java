package io.compose2helm.kube;

import io.compose2helm.compose.Service;

/**
 * Compose networks decide who may talk to whom; the chart can enforce that with NetworkPolicies
 * (off by default: they need a CNI that enforces them, which K3s and AKS have and Docker Desktop
 * lacks). A service that names no network is on Compose's {@code default} network.
 */
public final class NetworkRule implements MappingRule {

  @Override
  public void apply(Service service, Workload workload, MappingContext context) {
    if (service.networks().isEmpty()) {
      workload.networks().add("default");
    } else {
      service.networks().stream().map(KubeNames::toDnsLabel).sorted().forEach(workload.networks()::add);
    }
  }
}
