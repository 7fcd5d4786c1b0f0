package io.compose2helm.kube;

import io.compose2helm.compose.NetworkMode;
import io.compose2helm.compose.Service;

/**
 * {@code network_mode} has no pod counterpart the chart sets: every pod gets its own address on the
 * pod network ({@code hostNetwork} is refused by the Pod Security baseline, and sharing another
 * pod's network does not exist). Each mode gets a warning that says what changes for the service,
 * as that decides whether it still works: a service that shared another's network reached it as
 * localhost, and one on the host's network often lists no ports, so nothing would reach it.
 */
public final class NetworkModeRule implements MappingRule {

  @Override
  public void apply(Service service, Workload workload, MappingContext context) {
    NetworkMode mode = service.networkMode();
    if (mode == null) {
      return;
    }
    String shared = mode.sharedWith();
    String message;
    if (shared != null) {
      message = "sharing the network of '" + shared + "' is not mapped: in Compose localhost is " + shared
          + " for it, here it runs in a pod of its own and reaches " + shared + " by its Service name, and ports "
          + shared + " publishes for it reach neither pod. A container that must share " + shared
          + "'s network has to be added to its pod by hand";
    } else if (mode.value().equals(NetworkMode.HOST)) {
      message = "host networking is not mapped: the pod gets its own address on the pod network, not the node's"
          + " (hostNetwork, which the Pod Security baseline refuses, is not set)"
          + (workload.ports().isEmpty()
              ? ", and as it lists no ports nothing reaches it: name the ports it listens on in x-compose2helm.ports"
              : ", and other pods reach its ports through its Service");
    } else if (mode.value().equals(NetworkMode.NONE)) {
      message = "no networking is not mapped: the pod is on the pod network, where it reaches the other services"
          + " and they reach it";
    } else {
      message = "network_mode is not mapped: the pod is on the pod network, where the other services reach it by"
          + " its Service name";
    }
    context.diagnostics().warn(mode.location(), "services." + service.name() + ".network_mode", message);
  }
}
