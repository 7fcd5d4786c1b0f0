package io.compose2helm.kube;

import io.compose2helm.compose.Service;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code sysctls} become the pod's {@code securityContext.sysctls}, but only the ones Kubernetes
 * deems safe: the kubelet refuses a pod with any other (SysctlForbidden) unless it was started with
 * {@code --allowed-unsafe-sysctls}, and the Pod Security baseline refuses them too, so those are
 * left out with a warning rather than given a pod that never starts.
 */
public final class SysctlRule implements MappingRule {

  /** The kubelet's safe set (Kubernetes 1.32 and later), which the Pod Security baseline allows. */
  private static final Set<String> SAFE = Set.of("kernel.shm_rmid_forced", "net.ipv4.ip_local_port_range",
      "net.ipv4.ip_unprivileged_port_start", "net.ipv4.tcp_syncookies", "net.ipv4.ping_group_range",
      "net.ipv4.ip_local_reserved_ports", "net.ipv4.tcp_keepalive_time", "net.ipv4.tcp_fin_timeout",
      "net.ipv4.tcp_keepalive_intvl", "net.ipv4.tcp_keepalive_probes", "net.ipv4.tcp_rmem", "net.ipv4.tcp_wmem");

  @Override
  public void apply(Service service, Workload workload, MappingContext context) {
    List<String> unsafe = new ArrayList<>();
    for (Map.Entry<String, String> sysctl : service.sysctls().entrySet()) {
      // Docker also accepts the slash form (net/ipv4/...) that Kubernetes does not.
      String dotted = sysctl.getKey().replace('/', '.');
      if (SAFE.contains(dotted)) {
        workload.sysctls().put(dotted, sysctl.getValue());
      } else {
        unsafe.add(dotted);
      }
    }
    if (!unsafe.isEmpty()) {
      context.diagnostics().warn(service.location(), "services." + service.name() + ".sysctls",
          "not set: " + String.join(", ", unsafe) + (unsafe.size() == 1 ? " is" : " are") + " not among the sysctls"
              + " Kubernetes deems safe, and the kubelet refuses a pod with one (SysctlForbidden) unless its"
              + " --allowed-unsafe-sysctls lists it; add it to services." + workload.name()
              + ".podSecurityContext.sysctls where the nodes allow it");
    }
  }
}
