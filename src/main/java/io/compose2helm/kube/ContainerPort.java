package io.compose2helm.kube;

/**
 * A port the container listens on, reachable through the Service of the same name as the Compose
 * service. {@code publishedPort} is the host port Compose published, kept for port-forward hints.
 * {@code inferredFrom} says why the chart thinks the container listens there when Compose did not
 * declare the port ({@code null} when it did).
 */
public record ContainerPort(String name, int port, String protocol, Integer publishedPort, String inferredFrom) {

  public ContainerPort(String name, int port, String protocol, Integer publishedPort) {
    this(name, port, protocol, publishedPort, null);
  }
}
