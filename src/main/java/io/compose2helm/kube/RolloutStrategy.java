package io.compose2helm.kube;

import io.compose2helm.compose.Service;
import io.compose2helm.diagnostics.Diagnostics;

/**
 * How a Deployment rolls out. The chart's default starts a new pod before an old one goes (zero
 * downtime), which a pod mounting a ReadWriteOnce claim cannot do: the new pod waits for the claim
 * the old one holds, forever if they land on two nodes. Claims make a StatefulSet unless
 * x-compose2helm.kind forces a Deployment, so only such a Deployment is recreated instead.
 */
public final class RolloutStrategy {

  private RolloutStrategy() {}

  /** Whether the workload's pods are replaced by stopping the old one first. */
  public static boolean recreates(Workload workload) {
    return workload.kind() == WorkloadKind.DEPLOYMENT && !workload.claims().isEmpty();
  }

  static void warnIfRecreated(Service service, Workload workload, Diagnostics diagnostics) {
    if (recreates(workload)) {
      String claim = workload.claims().get(0).claim();
      diagnostics.warn(service.location(), "services." + service.name() + ".x-compose2helm.kind",
          "a Deployment with a claim rolls out by Recreate (its pod stops before the new one starts: a second pod could"
              + " not mount the ReadWriteOnce claim the first holds); kind StatefulSet keeps the data the same way,"
              + " or give persistence.volumes." + claim + ".accessModes [ReadWriteMany] and set services."
              + workload.name() + ".strategy.type back to RollingUpdate");
    }
  }
}
