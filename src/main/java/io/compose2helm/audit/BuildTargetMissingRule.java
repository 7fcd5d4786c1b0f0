package io.compose2helm.audit;

import io.compose2helm.diagnostics.Severity;

/** {@code build-target-missing}: build.target names no stage of the Dockerfile. */
public final class BuildTargetMissingRule implements AuditRule {

  @Override
  public String id() {
    return "build-target-missing";
  }

  @Override
  public Severity severity() {
    return Severity.ERROR;
  }

  @Override
  public String why() {
    return "docker build fails when the target stage does not exist, so no image reaches the"
        + " cluster.";
  }

  @Override
  public String fix() {
    return "Name an existing stage (FROM image AS name) in build.target, or drop target to build"
        + " the last stage.";
  }
}
