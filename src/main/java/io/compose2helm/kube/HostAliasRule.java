package io.compose2helm.kube;

import io.compose2helm.compose.ExtraHost;
import io.compose2helm.compose.Service;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * {@code extra_hosts} become hostAliases. {@code host-gateway} has no Kubernetes equivalent: the
 * host's address differs per cluster, so it is left to the per-environment values.
 */
public final class HostAliasRule implements MappingRule {

  private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})(\\.\\d{1,3}){3}");
  private static final Pattern IPV6 = Pattern.compile("[0-9a-fA-F:.]*:[0-9a-fA-F:.]*");

  @Override
  public void apply(Service service, Workload workload, MappingContext context) {
    Map<String, List<String>> hostnamesByAddress = new LinkedHashMap<>();
    for (ExtraHost host : service.extraHosts()) {
      String key = "services." + service.name() + ".extra_hosts." + host.hostname();
      if (host.isHostGateway()) {
        context.diagnostics().warn(service.location(), key,
            host.hostname() + " points at host-gateway, the address of the machine running the"
                + " cluster: Docker Desktop resolves host.docker.internal by itself; on K3s set"
                + " hostGateway.ip to the node IP in env/local.yaml");
      } else if (!IPV4.matcher(host.address()).matches() && !IPV6.matcher(host.address()).matches()) {
        context.diagnostics().warn(service.location(), key,
            "address '" + host.address() + "' is not an IP address; hostAliases need one, so the entry is skipped");
        continue;
      }
      List<String> hostnames = hostnamesByAddress.get(host.address());
      if (hostnames == null) {
        hostnames = new ArrayList<>();
        hostnamesByAddress.put(host.address(), hostnames);
      }
      hostnames.add(host.hostname());
    }
    for (Map.Entry<String, List<String>> entry : hostnamesByAddress.entrySet()) {
      String address = entry.getKey();
      boolean gateway = ExtraHost.HOST_GATEWAY.equals(address);
      workload.hostAliases().add(new HostAlias(gateway ? "" : address, entry.getValue(), gateway));
    }
  }
}
