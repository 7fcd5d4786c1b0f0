package io.compose2helm.kube;

import io.compose2helm.compose.Service;
import io.compose2helm.compose.VolumeMount;

/**
 * Volumes, for the read-only root filesystem's sake: every mount target becomes writable scratch
 * space (tmpfs in memory). Data kept there does not survive the pod, which the warnings say.
 */
public final class StorageRule implements MappingRule {

  @Override
  public void apply(Service service, Workload workload, MappingContext context) {
    for (VolumeMount mount : service.volumes()) {
      String key = "services." + service.name() + ".volumes." + mount.target();
      switch (mount.type()) {
        case TMPFS -> workload.memoryPaths().add(mount.target());
        case ANONYMOUS -> workload.writablePaths().add(mount.target());
        case VOLUME -> {
          workload.writablePaths().add(mount.target());
          workload.setStateful(true);
          context.diagnostics().warn(service.location(), key,
              "named volume '" + mount.source() + "' is mounted as an emptyDir: its data does not"
                  + " survive a pod restart (persistent claims are not generated yet)");
        }
        case BIND -> context.diagnostics().warn(service.location(), key,
            "bind mount of '" + mount.source() + "' is not mapped: a cluster cannot see the host's"
                + " files; bake them into the image or use a ConfigMap");
        case OTHER -> context.diagnostics().warn(service.location(), key,
            "this volume type has no Kubernetes equivalent and is ignored");
      }
    }
  }
}
