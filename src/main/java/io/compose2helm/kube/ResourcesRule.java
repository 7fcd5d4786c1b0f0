package io.compose2helm.kube;

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
    if (resources == null || (resources.limits() == null && resources.reservations() == null)) {
      fromImage(service, workload);
      return;
    }
    if (resources.limits() != null) {
      workload.setLimits(cpu(resources.limits().cpus()), memory(resources.limits().memoryBytes()));
    }
    if (resources.reservations() != null) {
      ResourceAmounts limits = resources.limits() != null ? resources.limits() : new ResourceAmounts(null, null);
      ResourceAmounts reservations = resources.reservations();
      String cpus = reservations.cpus();
      if (cpus != null && limits.cpus() != null && new BigDecimal(cpus).compareTo(new BigDecimal(limits.cpus())) > 0) {
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

  /**
   * When Compose sizes it not at all: a cache's own working-set flag ({@link CacheMemory}), else
   * what the image's docs size it at. A built image's Dockerfile decides, so neither applies.
   */
  private static void fromImage(Service service, Workload workload) {
    if (workload.image() == null || (workload.builtLocally() && service.image() == null)) {
      return;
    }
    KnownImages.builtIn().match(workload.image()).ifPresent(image -> {
      List<String> words = new ArrayList<>();
      Optional.ofNullable(workload.command()).ifPresent(words::addAll);
      Optional.ofNullable(workload.args()).ifPresent(words::addAll);
      CacheMemory.WorkingSet workingSet = CacheMemory.of(image.name(), words);
      if (workingSet != null) {
        // A cache also needs memory for connections, its hash table and fragmentation.
        workload.setRequests(null, memory(roundUpToMi(workingSet.bytes() * 5 / 4)));
        workload.setLimits(null, memory(roundUpToMi(workingSet.bytes() * 3 / 2)));
        workload.setResourcesSource(workingSet.flag() + ": its working set, requested with a quarter more for connections"
            + " and overhead, limited at half again (Compose sets no deploy.resources)");
      } else if (!image.resources().isEmpty()) {
        Map<String, String> limits = image.resources().getOrDefault("limits", Map.of());
        Map<String, String> requests = image.resources().getOrDefault("requests", Map.of());
        workload.setLimits(limits.get("cpu"), limits.get("memory"));
        workload.setRequests(requests.get("cpu"), requests.get("memory"));
        workload.setResourcesSource("what the docs of image " + image.name() + " size it at (Compose sets no deploy.resources)");
      }
    });
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
    BigDecimal millis = new BigDecimal(cpus.trim()).multiply(BigDecimal.valueOf(1000)).setScale(0, RoundingMode.UP);
    if (millis.signum() <= 0) {
      return null;
    }
    long value = millis.longValueExact();
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
