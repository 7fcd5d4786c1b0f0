package io.compose2helm.kube;

import io.compose2helm.compose.Service;
import java.util.ArrayList;
import java.util.List;

/**
 * A third-party image the knowledge file does not know (and Compose does not build) runs under the
 * chart's secure defaults anyway: non-root uid 1000 and a read-only root where only /tmp is
 * writable. That is a guess about an image nobody checked, so it is said once per service, with
 * the values that relax it. What Compose states ({@code user:}, {@code read_only: true}) is no guess.
 */
public final class UnknownImageRule implements MappingRule {

  @Override
  public void apply(Service service, Workload workload, MappingContext context) {
    if (service.build() != null || service.image() == null || workload.knownImage() != null) {
      return;
    }
    List<String> guessed = new ArrayList<>();
    if (workload.runAsUser() == null) {
      guessed.add("uid/gid 1000");
    }
    if (!Boolean.TRUE.equals(service.readOnly())) {
      guessed.add("a read-only root filesystem writable only in " + String.join(", ", MountPlanner.DEFAULT_WRITABLE_PATHS)
          + (workload.writablePaths().isEmpty() && workload.memoryPaths().isEmpty() ? "" : " and the paths Compose mounts"));
    }
    if (guessed.isEmpty()) {
      return;
    }
    String settings = String.join(" and ", guessed);
    workload.setGuessedSettings(settings);
    String values = "services." + workload.name();
    context.diagnostics().warn(service.location(), "services." + service.name() + ".image",
        "image " + workload.image().repository() + " is not a known image, so its settings are guessed: " + settings
            + ". If it fails to start, set " + values + ".podSecurityContext (runAsUser, runAsGroup, fsGroup) to the"
            + " user its Dockerfile names, list the directories it writes in " + values + ".extraWritablePaths, or set "
            + values + ".securityContext.readOnlyRootFilesystem: false");
  }
}
