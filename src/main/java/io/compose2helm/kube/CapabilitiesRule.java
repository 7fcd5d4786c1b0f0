package io.compose2helm.kube;

import io.compose2helm.compose.Service;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code cap_add} adds its Linux capabilities back on top of the chart's dropped-ALL default, so a
 * VPN or DNS server that needs NET_ADMIN still starts. Added capabilities only take effect for a
 * root process, and Compose ran such a service as its image's user, usually root: without a
 * {@code user:} or a known image's user it runs as root here too, rather than as the guessed uid
 * 1000 it would fail under. The warning names the capabilities that the Pod Security baseline
 * level refuses, as such a namespace would reject the pod.
 */
public final class CapabilitiesRule implements MappingRule {

  /** What the baseline Pod Security Standard allows to add; anything else needs the privileged level. */
  private static final Set<String> BASELINE = Set.of("AUDIT_WRITE", "CHOWN", "DAC_OVERRIDE", "FOWNER", "FSETID", "KILL",
      "MKNOD", "NET_BIND_SERVICE", "SETFCAP", "SETGID", "SETPCAP", "SETUID", "SYS_CHROOT");
  private static final String PREFIX = "CAP_";

  @Override
  public void apply(Service service, Workload workload, MappingContext context) {
    if (service.capAdd().isEmpty()) {
      return;
    }
    for (String written : service.capAdd()) {
      String capability = name(written);
      if (!workload.addedCapabilities().contains(capability)) {
        workload.addedCapabilities().add(capability);
      }
    }
    List<String> added = List.copyOf(workload.addedCapabilities());
    boolean one = added.size() == 1;
    String message = (one ? "capability " : "capabilities ") + String.join(", ", added)
        + (one ? " is" : " are") + " added back (securityContext.capabilities.add)";
    if (workload.runAsImageRootUnlessUserKnown()) {
      message += (one ? "; it takes" : "; they take")
          + " effect only for root, so the service runs as root (runAsNonRoot off), as under Compose";
    }
    List<String> beyondBaseline = new ArrayList<>();
    for (String capability : added) {
      if (!BASELINE.contains(capability)) {
        beyondBaseline.add(capability);
      }
    }
    if (!beyondBaseline.isEmpty()) {
      message += ". The Pod Security baseline level refuses " + String.join(", ", beyondBaseline)
          + ": its namespace must allow privileged pods";
    }
    context.diagnostics().warn(service.location(), "services." + service.name() + ".cap_add", message);
  }

  /** Kubernetes names capabilities without the CAP_ prefix that Docker also accepts. */
  private static String name(String written) {
    String upper = written.trim().toUpperCase(Locale.ROOT);
    return upper.startsWith(PREFIX) ? upper.substring(PREFIX.length()) : upper;
  }
}
