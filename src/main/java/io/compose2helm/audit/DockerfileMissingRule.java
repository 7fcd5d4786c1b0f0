package io.compose2helm.audit;

import io.compose2helm.diagnostics.Severity;

/** {@code dockerfile-missing}: a service's build points at a Dockerfile that cannot be read. */
public final class DockerfileMissingRule implements AuditRule {

  @Override
  public String id() {
    return "dockerfile-missing";
  }

  @Override
  public Severity severity() {
    return Severity.ERROR;
  }

  @Override
  public String why() {
    return "The chart expects an image built from this Dockerfile; without it the image cannot be"
        + " built for the cluster, and its readiness cannot be checked.";
  }

  @Override
  public String fix() {
    return "Point build.context and build.dockerfile at the Dockerfile (paths are relative to the"
        + " Compose file, and dockerfile is relative to the context).";
  }
}
