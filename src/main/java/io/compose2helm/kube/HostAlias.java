package io.compose2helm.kube;

import java.util.List;

/**
 * Extra {@code /etc/hosts} entries. When {@code hostGateway} is true the address is the host
 * gateway, which only the chart's per-environment values can know, so {@code ip} is empty.
 */
public record HostAlias(String ip, List<String> hostnames, boolean hostGateway) {}
