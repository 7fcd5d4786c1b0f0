package io.compose2helm.kube;

/**
 * A port the container listens on, reachable through the Service of the same name as the Compose
 * service. {@code publishedPort} is the host port Compose published, kept for port-forward hints.
 */
public record ContainerPort(String name, int port, String protocol, Integer publishedPort) {}
