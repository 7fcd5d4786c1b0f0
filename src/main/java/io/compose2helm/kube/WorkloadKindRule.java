package io.compose2helm.kube;

import io.compose2helm.compose.Dependency;
import io.compose2helm.compose.Service;

/**
 * Chooses the controller: a Job for one-shot services (Compose {@code restart: "no"} without ports,
 * or another service waits for it to complete), a StatefulSet for services that keep data in a claim (rolling
 * a Deployment with a ReadWriteOnce claim and maxSurge 1 can deadlock), else a Deployment.
 */
public final class WorkloadKindRule implements MappingRule {

  @Override
  public void apply(Service service, Workload workload, MappingContext context) {
    if (isOneShot(service, context)) {
      workload.setKind(WorkloadKind.JOB);
      if (!workload.claims().isEmpty()) {
        context.diagnostics().warn(service.location(), "services." + service.name() + ".volumes",
            "a one-shot service mounts a claim: the Job shares it with the service that owns the data");
      }
    } else if (!workload.claims().isEmpty()) {
      workload.setKind(WorkloadKind.STATEFUL_SET);
    }
  }

  static boolean isOneShot(Service service, MappingContext context) {
    // restart "no" on a service that serves a port is a server someone did not want restarted
    // locally, not a one-shot task (awesome-compose's fastapi sample is one).
    if ("no".equals(service.restart()) && service.ports().isEmpty() && service.expose().isEmpty()) {
      return true;
    }
    return context.project().services().values().stream()
        .flatMap(other -> other.dependsOn().stream())
        .anyMatch(dependency -> dependency.service().equals(service.name())
            && dependency.condition() == Dependency.Condition.COMPLETED_SUCCESSFULLY);
  }
}
