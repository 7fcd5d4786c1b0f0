package io.compose2helm.kube;

import io.compose2helm.compose.RestartPolicy;
import io.compose2helm.compose.Service;

/**
 * Says which modelled Compose keys have no Kubernetes counterpart, so nothing is dropped
 * silently.
 */
public final class UnmappedKeysRule implements MappingRule {

  @Override
  public void apply(Service service, Workload workload, MappingContext context) {
    String prefix = "services." + service.name() + ".";
    String restart = service.restart();
    if (restart != null && workload.kind() != WorkloadKind.JOB && !restart.equals("always") && !restart.equals("unless-stopped")) {
      warn(service, context, prefix + "restart",
          "restart '" + restart + "' is not mapped: a " + workload.kind().kubeName() + " always restarts its pods");
    }
    RestartPolicy policy = service.restartPolicy();
    boolean alwaysRestarts = policy == null || (policy.maxAttempts() == null && (policy.condition() == null || policy.condition().equals("any")));
    if (!alwaysRestarts && workload.kind() != WorkloadKind.JOB) {
      warn(service, context, prefix + "deploy.restart_policy",
          "restart_policy is not mapped: a " + workload.kind().kubeName() + " always restarts its pods, without limit");
    }
    if (Boolean.FALSE.equals(service.readOnly())) {
      warn(service, context, prefix + "read_only",
          "read_only: false is overridden: the chart runs every container with a read-only root filesystem and writable emptyDirs");
    }
  }

  private static void warn(Service service, MappingContext context, String key, String message) {
    context.diagnostics().warn(service.location(), key, message);
  }
}
