package io.compose2helm.kube;

import io.compose2helm.compose.Service;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

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
      List<String> labels = new ArrayList<>();
      for (String network : service.networks()) {
        labels.add(KubeNames.toDnsLabel(network));
      }
      Collections.sort(labels);
      workload.networks().addAll(labels);
    }
  }
}
