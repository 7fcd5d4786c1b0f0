package io.compose2helm.kube;

import io.compose2helm.compose.Service;
import java.util.Map;
import java.util.Optional;

/**
 * Stock images (postgres, redis, nginx...) expect a particular user and writable directories; the
 * profile table supplies them so those services still start under the non-root, read-only-root
 * defaults. What Compose says explicitly wins over the profile: a {@code user:} is never replaced,
 * a mount on a profile path is kept, {@code read_only: true} keeps the root read-only.
 */
public final class KnownImageRule implements MappingRule {

  @Override
  public void apply(Service service, Workload workload, MappingContext context) {
    if (workload.builtLocally() && service.image() == null) {
      return; // built from source: its Dockerfile decides
    }
    Optional<KnownImage> known = KnownImages.builtIn().match(workload.image());
    if (known.isPresent() && known.get().profile()) {
      applyProfile(known.get(), service, workload, context);
    }
  }

  private static void applyProfile(KnownImage profile, Service service, Workload workload, MappingContext context) {
    workload.setKnownImage(profile.name());
    String key = "services." + service.name() + ".image";
    boolean composeUser = service.user() != null && !service.user().isBlank();
    if (!composeUser && workload.runAsUser() == null) {
      runAs(profile, service, workload, context, key);
    }
    for (String path : profile.writablePaths()) {
      MountPlanner.addWritablePath(workload, path);
    }
    for (String path : profile.dataPaths()) {
      dataPath(profile, path, service, workload, context);
    }
    if (!profile.readOnlyRoot() && !Boolean.TRUE.equals(service.readOnly())) {
      workload.setWritableRoot(true);
      context.diagnostics().warn(service.location(), key, "image " + profile.name() + " writes at start into "
          + "directories that ship files, so its root filesystem stays writable (securityContext.readOnlyRootFilesystem: false)");
    }
    for (Map.Entry<String, String> variable : profile.env().entrySet()) {
      String name = variable.getKey();
      boolean setByCompose = workload.configEnv().containsKey(name)
          || workload.secretEnv().containsKey(name)
          || workload.dependentEnv().containsKey(name);
      if (!setByCompose) {
        workload.configEnv().put(name, variable.getValue());
      }
    }
  }

  private static void runAs(KnownImage profile, Service service, Workload workload, MappingContext context, String key) {
    if (profile.needsRoot()) {
      workload.setRunAs(0L, 0L, false);
      workload.setUserFromImage(true);
      workload.addedCapabilities().addAll(profile.capabilities());
      context.diagnostics().warn(service.location(), key, "image " + profile.name() + " runs as root ("
          + profile.rootReason() + "), so runAsNonRoot is off for it. A non-root variant is safer");
    } else if (!profile.anyUser()) {
      workload.setRunAs(profile.uid(), profile.gid(), null);
      workload.setUserFromImage(true);
      workload.setFsGroup(profile.gid() == 0 ? profile.uid() : profile.gid());
    }
  }

  /** Data belongs on a claim; without a Compose volume there the image still starts, on an emptyDir. */
  private static void dataPath(KnownImage profile, String path, Service service, Workload workload, MappingContext context) {
    String normal = MountPlanner.normal(path);
    boolean mountedNear = false;
    for (String mounted : MountPlanner.mountedPaths(workload)) {
      if (within(normal, mounted) || within(mounted, normal)) {
        mountedNear = true;
        break;
      }
    }
    MountPlanner.addWritablePath(workload, path);
    if (!mountedNear) {
      context.diagnostics().warn(service.location(), "services." + service.name() + ".volumes",
          "image " + profile.name() + " keeps its data in " + normal + ", where Compose mounts no volume: it is an"
              + " emptyDir, lost with the pod. Mount a named volume there to keep it");
    }
  }

  private static boolean within(String path, String dir) {
    return path.equals(dir) || path.startsWith(dir.endsWith("/") ? dir : dir + "/");
  }
}
