package io.compose2helm.kube;

import io.compose2helm.compose.Service;

/** One mapping concern: reads a Compose service and fills its part of the workload. */
public interface MappingRule {

  void apply(Service service, Workload workload, MappingContext context);
}
