package io.compose2helm.kube;

import io.compose2helm.compose.NamedVolume;
import io.compose2helm.compose.Service;
import io.compose2helm.compose.VolumeMount;
import io.compose2helm.diagnostics.InputLog;
import java.nio.file.Path;

/**
 * Volumes: named volumes become PersistentVolumeClaims (which makes the service stateful), small
 * bind-mounted files become ConfigMap files, tmpfs and anonymous volumes become emptyDirs.
 */
public final class StorageRule implements MappingRule {

  @Override
  public void apply(Service service, Workload workload, MappingContext context) {
    for (VolumeMount mount : service.volumes()) {
      String key = "services." + service.name() + ".volumes." + mount.target();
      switch (mount.type()) {
        case TMPFS -> workload.memoryPaths().add(mount.target());
        case ANONYMOUS -> workload.writablePaths().add(mount.target());
        case VOLUME -> mountClaim(service, workload, context, mount, key);
        case BIND -> mountBind(service, workload, context, mount, key);
        case OTHER -> context.diagnostics().warn(service.location(), key,
            "this volume type has no Kubernetes equivalent and is ignored");
      }
    }
  }

  private static void mountClaim(
      Service service, Workload workload, MappingContext context, VolumeMount mount, String key) {
    NamedVolume volume = context.project().volumes().get(mount.source());
    String claim = KubeNames.toDnsLabel(volume != null && volume.name() != null ? volume.name() : mount.source());
    workload.claims().add(new ClaimMount(claim, mount.target(), mount.readOnly(), mount.subpath()));
    if (volume != null && volume.external()) {
      context.diagnostics().warn(service.location(), key,
          "volume '" + mount.source() + "' is external: the chart expects an existing claim named '" + claim + "'");
    }
  }

  private static void mountBind(
      Service service, Workload workload, MappingContext context, VolumeMount mount, String key) {
    Path source = resolve(context, mount.source());
    if (source != null && InputLog.isRegularFile(source) && BundledFiles.isBundleable(source)) {
      String fileKey = BundledFiles.keyFor(source);
      workload.configFiles().add(new FileMount(workload.name() + "-files", fileKey, mount.target()));
      workload.bundledFiles().put(fileKey, BundledFiles.read(source));
      context.diagnostics().warn(service.location(), key,
          "bind-mounted file '" + mount.source() + "' is copied into the chart (files/" + workload.name() + "/"
              + fileKey + ") and mounted from a ConfigMap; edit it there or rerun after changing the source");
      return;
    }
    if (source != null && InputLog.isDirectory(source)) {
      workload.bindDirectories().add(new BindDirectory(mount.source(), mount.target()));
      context.diagnostics().warn(service.location(), key,
          "bind-mounted directory '" + mount.source() + "' cannot be shipped: the path gets an empty emptyDir."
              + " Bake the content into the image, or set bindDirectories[].claim to a claim listed under"
              + " persistence.volumes");
      return;
    }
    context.diagnostics().warn(service.location(), key,
        "bind mount of '" + mount.source() + "' is not mapped: "
            + (source == null || !InputLog.exists(source)
                ? "the source does not exist here"
                : "the file is too large, binary or looks secret for a ConfigMap"));
  }

  private static Path resolve(MappingContext context, String source) {
    if (source == null || source.startsWith("~")) {
      return null;
    }
    Path path = Path.of(source);
    return path.isAbsolute() ? path : context.composeDirectory().resolve(path).normalize();
  }
}
