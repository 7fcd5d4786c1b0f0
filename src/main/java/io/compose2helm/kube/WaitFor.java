package io.compose2helm.kube;

/**
 * A dependency to wait for before the main container starts: the Service's port answering
 * ({@code healthy}, since a Service only routes to ready pods) or its name resolving ({@code
 * started}).
 */
public record WaitFor(String service, Integer port, boolean healthy) {}
