package io.compose2helm.kube;

import io.compose2helm.compose.Service;

/**
 * Chooses the controller: a Job for one-shot services (the rule is {@link OneShotClassifier}'s), a
 * StatefulSet for services that keep data in a claim (rolling a Deployment with a ReadWriteOnce
 * claim and maxSurge 1 can deadlock), else a Deployment.
 */
public final class WorkloadKindRule implements MappingRule {

  @Override
  public void apply(Service service, Workload workload, MappingContext context) {
    OneShotClassifier.Verdict verdict = OneShotClassifier.classify(service, context.project());
    String key = "services." + service.name();
    if (verdict.guessed() && !ServiceHints.setsKind(service)) {
      String kind = verdict.oneShot() ? "Job" : workload.claims().isEmpty() ? "Deployment" : "StatefulSet";
      context.diagnostics().warn(service.location(), key + ".restart",
          "guessed " + (verdict.oneShot() ? "a one-shot task" : "a server") + " (a " + kind + ") from " + verdict.signal()
              + "; set x-compose2helm.kind to Job, Deployment or StatefulSet to decide");
    }
    if (verdict.oneShot()) {
      workload.setKind(WorkloadKind.JOB);
      workload.setJobRestartPolicy(verdict.restartPolicy());
      workload.setJobBackoffLimit(verdict.backoffLimit());
      if (!workload.claims().isEmpty()) {
        context.diagnostics().warn(service.location(), key + ".volumes",
            "a one-shot service mounts a claim: the Job shares it with the service that owns the data");
      }
    } else if (!workload.claims().isEmpty()) {
      workload.setKind(WorkloadKind.STATEFUL_SET);
    }
  }
}
