package io.compose2helm.kube;

import io.compose2helm.compose.Dependency;
import io.compose2helm.compose.Service;

/**
 * {@code depends_on} becomes an init container per dependency that waits for its Service:
 * {@code service_healthy} waits until the port answers (a Service only routes to ready pods),
 * {@code service_started} until the name resolves. Kubernetes cannot wait for a Job to finish
 * without API access, so {@code service_completed_successfully} is reported instead.
 */
public final class DependencyRule implements MappingRule {

  @Override
  public void apply(Service service, Workload workload, MappingContext context) {
    for (Dependency dependency : service.dependsOn()) {
      String key = "services." + service.name() + ".depends_on." + dependency.service();
      Service target = context.project().services().get(dependency.service());
      if (target == null || ProviderServices.isProvided(target)) {
        continue; // the loader already rejected unknown services; the provider's warning names this one
      }
      if (dependency.condition() == Dependency.Condition.COMPLETED_SUCCESSFULLY) {
        context.diagnostics().warn(service.location(), key,
            "waiting for '" + dependency.service() + "' to complete is not mapped: its Job runs alongside;"
                + " run it as a Helm hook (services." + KubeNames.serviceName(dependency.service())
                + ".job.hook: true) on upgrades, or make this service retry until the work is done");
        continue;
      }
      if (!context.reachability().isMapped(target.name())) {
        context.diagnostics().warn(service.location(), key,
            "'" + dependency.service() + "' is skipped (x-compose2helm.skip), so the chart has nothing to wait for;"
                + " start order is not enforced");
        continue;
      }
      if (OneShotClassifier.classify(target, context.project()).oneShot()) {
        // A Job has no Service, even with an inferred port: waiting for one would never end.
        context.diagnostics().warn(service.location(), key,
            "'" + dependency.service() + "' runs as a Job, which has no Service to wait for; start order is not enforced");
        continue;
      }
      Integer port = context.reachability().firstPort(target.name());
      if (port == null) {
        context.diagnostics().warn(service.location(), key,
            "'" + dependency.service() + "' has no port, so there is no Service to wait for; start order is not enforced");
        continue;
      }
      workload.waitFor().add(new WaitFor(KubeNames.serviceName(dependency.service()), port,
          dependency.condition() == Dependency.Condition.HEALTHY));
    }
  }
}
