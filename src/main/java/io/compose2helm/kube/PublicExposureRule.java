package io.compose2helm.kube;

import io.compose2helm.compose.ComposeProject;
import io.compose2helm.compose.ImageRef;
import io.compose2helm.compose.PortMapping;
import io.compose2helm.compose.Service;
import io.compose2helm.diagnostics.Diagnostics;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides which services are public: routed in environments that expose only public services (dev
 * and prod). A published Compose port usually means "reachable from my laptop", so only front ends
 * are public by default: a port published on 80, 443, 3000 or 8080 by a service whose name or image
 * reads like a user interface. The {@code x-compose2helm.public} hint overrides it (see
 * {@link ServiceHints}).
 */
public final class PublicExposureRule implements MappingRule {

  // Patterns compiled once: String.matches, split and replaceAll compile theirs at every call.
  private static final Pattern NON_WORD = Pattern.compile("[^a-z0-9]+");

  static final Set<Integer> FRONT_END_PORTS = Set.of(80, 443, 3000, 8080);
  static final Set<String> FRONT_END_WORDS =
      Set.of("web", "www", "ui", "frontend", "front", "site", "portal", "nginx", "caddy", "httpd", "next", "nuxt");

  @Override
  public void apply(Service service, Workload workload, MappingContext context) {
    workload.setPublicExposure(frontEndPort(service) && (frontEndWords(service.name())
        || (service.image() != null && frontEndWords(ImageRef.parse(service.image()).repository()))));
  }

  private static boolean frontEndPort(Service service) {
    for (PortMapping mapping : service.ports()) {
      if (mapping.hostPort() != null
          && (FRONT_END_PORTS.contains(mapping.hostPort()) || FRONT_END_PORTS.contains(mapping.containerPort()))) {
        return true;
      }
    }
    return false;
  }

  private static boolean frontEndWords(String text) {
    for (String word : NON_WORD.split(text.toLowerCase(Locale.ROOT))) {
      if (FRONT_END_WORDS.contains(word)) {
        return true;
      }
    }
    return false;
  }

  /**
   * One warning naming the published services that dev and prod do not route, and how to route
   * them: without it a user finds out only when a host does not answer.
   */
  static void warnAboutInternal(ComposeProject project, List<Workload> workloads, Diagnostics diagnostics) {
    List<Workload> internalWorkloads = new ArrayList<>();
    List<String> internal = new ArrayList<>();
    for (Workload w : workloads) {
      if (w.exposedToUsers() && !w.publicExposure() && !w.ports().isEmpty() && w.kind() != WorkloadKind.JOB) {
        internalWorkloads.add(w);
        internal.add(w.name());
      }
    }
    if (internalWorkloads.isEmpty()) {
      return;
    }
    Service first = project.services().get(internalWorkloads.get(0).composeName());
    diagnostics.warn(first.location(), "services." + first.name() + ".ports",
        "published but not public, so dev and prod give them no route (local still does): "
            + String.join(", ", internal) + "; to route one there, add x-compose2helm: {public: true} to it,"
            + " or set services.<name>.ingress.public: true in env/dev.yaml or env/prod.yaml");
  }
}
