package io.compose2helm.kube;

/** The Kubernetes controller a Compose service becomes. */
public enum WorkloadKind {
  /** Stateless, rolled with surge. */
  DEPLOYMENT("Deployment"),
  /** Keeps data in a claim: rolled one pod at a time, since a claim cannot be attached twice. */
  STATEFUL_SET("StatefulSet"),
  /** Runs to completion once (migrations, seeders). */
  JOB("Job");

  private final String kubeName;

  WorkloadKind(String kubeName) {
    this.kubeName = kubeName;
  }

  public String kubeName() {
    return kubeName;
  }
}
