package io.compose2helm.compose;

/**
 * One published port. Ranges are expanded by the loader, so every mapping is a single port.
 *
 * @param hostIp the host address to bind, or {@code null}
 * @param hostPort the published host port, or {@code null} when Compose picks one
 * @param containerPort the port inside the container (the target)
 * @param protocol {@code tcp} or {@code udp} (lower case)
 * @param name the long-syntax {@code name}, or {@code null}
 * @param appProtocol the long-syntax {@code app_protocol}, or {@code null}
 */
public record PortMapping(
    String hostIp,
    Integer hostPort,
    int containerPort,
    String protocol,
    String name,
    String appProtocol) {}
