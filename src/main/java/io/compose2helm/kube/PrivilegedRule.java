package io.compose2helm.kube;

import io.compose2helm.compose.Service;

/**
 * {@code privileged: true} makes the container privileged, as it was under Compose: cAdvisor,
 * Docker-in-Docker or a device manager fails without it. A privileged container runs as root (no
 * user of its own or a known image's means root, as for cap_add), and may escalate privileges, as
 * the API server refuses privileged beside allowPrivilegeEscalation: false.
 */
public final class PrivilegedRule implements MappingRule {

  @Override
  public void apply(Service service, Workload workload, MappingContext context) {
    if (!service.privileged()) {
      return;
    }
    workload.setPrivileged(true);
    workload.runAsImageRootUnlessUserKnown();
    context.diagnostics().warn(service.location(), "services." + service.name() + ".privileged",
        "the container runs privileged (securityContext.privileged, allowPrivilegeEscalation), with every capability"
            + " and the node's devices, as under Compose. The Pod Security baseline level refuses it: its namespace"
            + " must allow privileged pods");
  }
}
