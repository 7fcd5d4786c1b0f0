package io.compose2helm.kube;

import io.compose2helm.compose.Service;

/**
 * Compose starts services with profiles only on request; the chart emits them switched off, so an
 * environment overlay can switch them on. A service of an active profile ({@code --profile}) is
 * emitted switched on, as {@code docker compose --profile} would start it.
 */
public final class ProfileRule implements MappingRule {

  @Override
  public void apply(Service service, Workload workload, MappingContext context) {
    if (!service.profiles().isEmpty() && !context.project().isActive(service)) {
      workload.setEnabled(false);
      context.diagnostics().warn(service.location(), "services." + service.name() + ".profiles",
          "service is in profile(s) " + String.join(", ", service.profiles())
              + "; it is emitted disabled (set services." + workload.name() + ".enabled: true in an overlay)");
    }
  }
}
