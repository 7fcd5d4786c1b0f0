package io.compose2helm.kube;

import io.compose2helm.compose.Service;

/**
 * Says which modelled Compose keys have no Kubernetes counterpart yet, so nothing is dropped
 * silently.
 */
public final class UnmappedKeysRule implements MappingRule {

  @Override
  public void apply(Service service, Workload workload, MappingContext context) {
    String prefix = "services." + service.name() + ".";
    if (!service.dependsOn().isEmpty()) {
      warn(service, context, prefix + "depends_on",
          "start order is not mapped: pods start independently and readiness probes hold traffic back until a dependency answers");
    }
    if (service.restart() != null && !service.restart().equals("always") && !service.restart().equals("unless-stopped")) {
      warn(service, context, prefix + "restart",
          "restart '" + service.restart() + "' is not mapped: a Deployment always restarts its pods");
    }
    if (!service.networks().isEmpty()) {
      warn(service, context, prefix + "networks",
          "networks are not mapped: every pod can reach every Service in the namespace");
    }
    if (!service.secrets().isEmpty()) {
      warn(service, context, prefix + "secrets", "file secrets are not mapped yet");
    }
    if (!service.configs().isEmpty()) {
      warn(service, context, prefix + "configs", "configs are not mapped yet");
    }
    if (Boolean.FALSE.equals(service.readOnly())) {
      warn(service, context, prefix + "read_only",
          "read_only: false is overridden: the chart runs every container with a read-only root filesystem and writable emptyDirs");
    }
  }

  private static void warn(Service service, MappingContext context, String key, String message) {
    context.diagnostics().warn(service.location(), key, message);
  }
}
