package io.compose2helm.kube;

/** One Kubernetes probe; all timings in whole seconds. */
public record Probe(
    ProbeAction action,
    int initialDelaySeconds,
    int periodSeconds,
    int timeoutSeconds,
    int failureThreshold) {}
