package io.compose2helm.kube;

import io.compose2helm.compose.Service;

/** Replica count and shutdown grace period; both fall back to the chart defaults when absent. */
public final class LifecycleRule implements MappingRule {

  @Override
  public void apply(Service service, Workload workload, MappingContext context) {
    workload.setReplicas(service.replicas());
    if (service.stopGracePeriod() != null) {
      workload.setTerminationGracePeriodSeconds(KubeSeconds.of(
          service.stopGracePeriod(), service, "services." + service.name() + ".stop_grace_period", context));
    }
  }
}
