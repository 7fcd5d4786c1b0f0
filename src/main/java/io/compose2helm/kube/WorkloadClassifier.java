package io.compose2helm.kube;

import io.compose2helm.compose.Service;
import io.compose2helm.diagnostics.Diagnostics;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Decides each service's {@link WorkloadClass}, the one place that does: one-shots (already
 * decided by {@link OneShotClassifier}, or a kind hint) are jobs; a service that mounts a named
 * volume, or runs a known database, search or queue image, is stateful; a known cache image that
 * keeps nothing in a volume is a cache; everything else is stateless; {@code x-compose2helm.workloadClass}
 * settles it for a server. It reads the kind, so it runs after the rules and the hints.
 */
public final class WorkloadClassifier {

  private WorkloadClassifier() {}

  /** A class and why, in words for the values.yaml comment. */
  public record Verdict(WorkloadClass workloadClass, String reason) {}

  /**
   * Gives {@code workload} its class; only a stateless service keeps Compose's {@code deploy.replicas}:
   * the other classes run one pod (a second store or cache would not share the first one's data), so a
   * count above one is dropped with a warning rather than silently.
   */
  public static void apply(Service service, Workload workload, WorkloadClass hinted, Diagnostics diagnostics) {
    Verdict verdict = classify(workload, hinted);
    if (hinted != null && verdict.workloadClass() == WorkloadClass.JOB) {
      diagnostics.warn(service.location(), "services." + service.name() + "." + ProjectHints.EXTENSION + ".workloadClass",
          hinted.valueName() + " not kept: the service runs once, as a Job, whose class is job");
    }
    workload.setWorkloadClass(verdict.workloadClass(), verdict.reason());
    Integer replicas = workload.replicas();
    if (verdict.workloadClass() != WorkloadClass.STATELESS && replicas != null) {
      if (replicas > 1) {
        diagnostics.warn(service.location(), "services." + service.name() + ".deploy.replicas",
            replicas + " replicas not kept: a " + verdict.workloadClass().valueName() + " service (" + verdict.reason()
                + ") runs one pod; scale it with its own clustering (an operator or its chart)");
      }
      workload.setReplicas(null);
    }
  }

  /** @param hinted the class {@code x-compose2helm.workloadClass} names, or null */
  public static Verdict classify(Workload workload, WorkloadClass hinted) {
    if (workload.kind() == WorkloadKind.JOB) {
      return new Verdict(WorkloadClass.JOB, "runs once, as a Job");
    }
    if (hinted != null) {
      return new Verdict(hinted, "x-compose2helm.workloadClass");
    }
    Optional<KnownImage> image = workload.image() == null ? Optional.empty() : KnownImages.builtIn().match(workload.image());
    WorkloadClass imageClass = image.isPresent() ? image.get().workloadClass() : null;
    String imageName = image.isPresent() ? image.get().name() : null;
    Set<String> volumes = new LinkedHashSet<>();
    for (ClaimMount claim : workload.claims()) {
      volumes.add(claim.claim());
    }
    if (!volumes.isEmpty()) {
      String reason = (volumes.size() == 1 ? "named volume " : "named volumes ") + String.join(", ", volumes);
      if (imageClass == WorkloadClass.STATEFUL) {
        reason += ", image " + imageName;
      } else if (imageClass == WorkloadClass.CACHE) {
        reason += ": image " + imageName + " is a cache, but keeps its data there";
      }
      return new Verdict(WorkloadClass.STATEFUL, reason);
    }
    if (imageClass == WorkloadClass.STATEFUL) {
      return new Verdict(WorkloadClass.STATEFUL, "image " + imageName + " is a data store (its data is on an emptyDir until a named volume holds it)");
    }
    if (workload.kind() == WorkloadKind.STATEFUL_SET) {
      return new Verdict(WorkloadClass.STATEFUL, "x-compose2helm.kind StatefulSet");
    }
    if (imageClass == WorkloadClass.CACHE) {
      return new Verdict(WorkloadClass.CACHE, "image " + imageName + ", no named volume");
    }
    return new Verdict(WorkloadClass.STATELESS, "no named volume, not a known data store or cache image");
  }
}
