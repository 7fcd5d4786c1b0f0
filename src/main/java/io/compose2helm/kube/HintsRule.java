package io.compose2helm.kube;

import io.compose2helm.compose.Service;

/** Applies the service's {@code x-compose2helm} hints last, so they override what was derived. */
public final class HintsRule implements MappingRule {

  @Override
  public void apply(Service service, Workload workload, MappingContext context) {
    ServiceHints hints = ServiceHints.read(service, context.diagnostics());
    if (hints.streaming() != null) {
      workload.setStreaming(hints.streaming());
    }
    if (hints.kind() != null) {
      workload.setKind(hints.kind());
    }
    if (hints.hook() != null) {
      workload.setHook(hints.hook());
    }
    if (hints.ingressEnabled() != null) {
      workload.setExposedToUsers(hints.ingressEnabled());
    }
    workload.setIngressHost(hints.ingressHost());
    workload.setIngressPath(hints.ingressPath());
  }
}
