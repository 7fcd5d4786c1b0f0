package io.compose2helm.kube;

/** The probes of one container; any of them may be {@code null}. */
public record Probes(Probe readiness, Probe liveness, Probe startup) {

  public static final Probes NONE = new Probes(null, null, null);
}
