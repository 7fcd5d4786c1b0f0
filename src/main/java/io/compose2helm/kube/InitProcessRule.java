package io.compose2helm.kube;

import io.compose2helm.compose.Service;

/**
 * {@code init: true} runs an init process (tini) as PID 1, which reaps orphaned children and lets
 * the service stop on SIGTERM. A pod that shares its process namespace gets the same from its pause
 * process, which is then PID 1: without it, a service that never reaps its children fills the
 * process table, and one that ignores SIGTERM as PID 1 waits out the grace period on every rollout.
 */
public final class InitProcessRule implements MappingRule {

  @Override
  public void apply(Service service, Workload workload, MappingContext context) {
    workload.setShareProcessNamespace(service.init());
  }
}
