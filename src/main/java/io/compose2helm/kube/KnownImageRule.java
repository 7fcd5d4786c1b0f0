package io.compose2helm.kube;

import io.compose2helm.compose.Service;

/**
 * Stock images (postgres, redis, nginx...) expect a particular user and writable directories; the
 * profile table supplies them so those services still start under the non-root, read-only-root
 * defaults. What Compose says explicitly (a {@code user:}, a mount on a profile path) wins over the profile.
 */
public final class KnownImageRule implements MappingRule {

  @Override
  public void apply(Service service, Workload workload, MappingContext context) {
    if (workload.builtLocally() && service.image() == null) {
      return; // built from source: its Dockerfile decides
    }
    KnownImages.builtIn().match(workload.image().repository()).filter(KnownImage::profile).ifPresent(profile -> {
      workload.setKnownImage(profile.name());
      String tag = workload.image().effectiveTag();
      if (workload.runAsUser() == null) {
        if (profile.needsRoot()) {
          workload.setRunAs(0L, 0L, false);
          context.diagnostics().warn(service.location(), "services." + service.name() + ".image",
              "image " + profile.name() + " starts as root and drops privileges itself; it runs with"
                  + " runAsNonRoot off. An unprivileged variant is safer");
        } else {
          workload.setRunAs(profile.uidFor(tag), profile.gidFor(tag), null);
        }
        workload.setFsGroup(profile.needsRoot() ? null : profile.gidFor(tag) == 0 ? profile.uidFor(tag) : profile.gidFor(tag));
      }
      profile.capabilities().forEach(workload.addedCapabilities()::add);
      profile.writablePaths().forEach(path -> MountPlanner.addWritablePath(workload, path));
      profile.env().forEach((name, value) -> {
        boolean setByCompose = workload.configEnv().containsKey(name)
            || workload.secretEnv().containsKey(name)
            || workload.dependentEnv().containsKey(name);
        if (!setByCompose) {
          workload.configEnv().put(name, value);
        }
      });
    });
  }
}
