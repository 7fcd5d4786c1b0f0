package io.compose2helm.kube;

import io.compose2helm.compose.NanoCpus;
import io.compose2helm.compose.Resources;
import io.compose2helm.compose.Resources.ResourceAmounts;
import io.compose2helm.compose.Service;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code deploy.resources}: limits stay limits, reservations become requests, capped at the limit
 * (the API server refuses a pod whose request exceeds its limit; Docker does not check).
 */
public final class ResourcesRule implements MappingRule {

  private static final long KI = 1024;
  private static final long MI = KI * 1024;
  private static final long GI = MI * 1024;

  @Override
  public void apply(Service service, Workload workload, MappingContext context) {
    Resources resources = service.resources();
    Optional<KnownImage> image = knownImage(service, workload);
    List<String> words = words(workload);
    MemoryNeed need = image.isPresent() ? CacheMemory.of(image.get().name(), words) : null;
    if (need == null) {
      need = JvmHeap.of(service.environment(), words);
    }
    if (resources == null || (resources.limits() == null && resources.reservations() == null)) {
      if (need != null) {
        sizeMemory(workload, need, "Compose sets no deploy.resources");
      } else {
        if (image.isPresent() && !image.get().resources().isEmpty()) {
          fromDocs(workload, image.get());
        }
      }
      return;
    }
    fromCompose(service, workload, context, resources);
    if (need != null) {
      fitMemoryNeed(service, workload, context, resources, need);
    }
  }

  private static void fromCompose(Service service, Workload workload, MappingContext context, Resources resources) {
    if (resources.limits() != null) {
      workload.setLimits(cpu(resources.limits().cpus()), memory(resources.limits().memoryBytes()));
    }
    if (resources.reservations() != null) {
      ResourceAmounts limits = resources.limits() != null ? resources.limits() : new ResourceAmounts(null, null);
      ResourceAmounts reservations = resources.reservations();
      String cpus = reservations.cpus();
      if (cpus != null && limits.cpus() != null && NanoCpus.compare(cpus, limits.cpus()) > 0) {
        warnCapped(service, context, "cpus", cpus, limits.cpus());
        cpus = limits.cpus();
      }
      Long bytes = reservations.memoryBytes();
      if (bytes != null && limits.memoryBytes() != null && bytes > limits.memoryBytes()) {
        warnCapped(service, context, "memory", memory(bytes), memory(limits.memoryBytes()));
        bytes = limits.memoryBytes();
      }
      workload.setRequests(cpu(cpus), memory(bytes));
    }
  }

  /** A built image's Dockerfile decides what it needs, so no known image's profile applies to it. */
  private static Optional<KnownImage> knownImage(Service service, Workload workload) {
    if (workload.image() == null || (workload.builtLocally() && service.image() == null)) {
      return Optional.empty();
    }
    return KnownImages.builtIn().match(workload.image());
  }

  private static List<String> words(Workload workload) {
    List<String> words = new ArrayList<>();
    if (workload.command() != null) {
      words.addAll(workload.command());
    }
    if (workload.args() != null) {
      words.addAll(workload.args());
    }
    return words;
  }

  private static void sizeMemory(Workload workload, MemoryNeed need, String why) {
    workload.setRequests(workload.cpuRequest(), memory(roundUpToMi(need.bytes() * need.requestPercent() / 100)));
    workload.setLimits(workload.cpuLimit(), memory(roundUpToMi(need.bytes() * need.limitPercent() / 100)));
    workload.setResourcesSource(need.flag() + ": " + need.sizing() + " (" + why + ")");
  }

  /**
   * Compose sized the service: its memory comes from the service's own setting when Compose gives
   * none (a CPU-only deploy.resources), and a memory limit below that setting is a pod killed once full.
   */
  private static void fitMemoryNeed(Service service, Workload workload, MappingContext context, Resources resources,
      MemoryNeed need) {
    Long limit = resources.limits() == null ? null : resources.limits().memoryBytes();
    Long reserved = resources.reservations() == null ? null : resources.reservations().memoryBytes();
    if (limit == null && reserved == null) {
      sizeMemory(workload, need, "deploy.resources sets no memory; its CPU is Compose's");
    } else if (limit != null && limit < need.bytes()) {
      context.diagnostics().warn(service.location(), "services." + service.name() + ".deploy.resources.limits.memory",
          "the limit " + memory(limit) + " is below the " + need.flag() + " the service sets: once that fills, the pod"
              + " is killed for its memory; raise the limit or lower the setting");
    }
  }

  private static void fromDocs(Workload workload, KnownImage image) {
    Map<String, String> limits = image.resources().getOrDefault("limits", Map.of());
    Map<String, String> requests = image.resources().getOrDefault("requests", Map.of());
    workload.setLimits(limits.get("cpu"), limits.get("memory"));
    workload.setRequests(requests.get("cpu"), requests.get("memory"));
    workload.setResourcesSource("what the docs of image " + image.name() + " size it at (Compose sets no deploy.resources)");
  }

  private static long roundUpToMi(long bytes) {
    return (bytes + MI - 1) / MI * MI;
  }

  private static void warnCapped(Service service, MappingContext context, String resource, String reserved, String limit) {
    context.diagnostics().warn(service.location(), "services." + service.name() + ".deploy.resources.reservations." + resource,
        "the reservation " + reserved + " is above the limit " + limit + "; Kubernetes refuses that, so the request is the limit");
  }

  /** Compose CPU counts ({@code 0.5}) as Kubernetes quantities ({@code 500m}). */
  static String cpu(String cpus) {
    if (cpus == null) {
      return null;
    }
    long nanos = NanoCpus.ofPlain(cpus.trim());
    long value = nanos >= 0 ? (nanos + 999_999) / 1_000_000
        : new BigDecimal(cpus.trim()).multiply(BigDecimal.valueOf(1000)).setScale(0, RoundingMode.UP).longValueExact();
    if (value <= 0) {
      return null;
    }
    return value % 1000 == 0 ? Long.toString(value / 1000) : value + "m";
  }

  /** Bytes as the largest binary unit that divides them, so {@code 512M} reads back as 512Mi. */
  static String memory(Long bytes) {
    if (bytes == null || bytes <= 0) {
      return null;
    }
    if (bytes % GI == 0) {
      return bytes / GI + "Gi";
    }
    if (bytes % MI == 0) {
      return bytes / MI + "Mi";
    }
    if (bytes % KI == 0) {
      return bytes / KI + "Ki";
    }
    return Long.toString(bytes);
  }
}
