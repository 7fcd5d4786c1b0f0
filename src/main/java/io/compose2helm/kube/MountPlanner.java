package io.compose2helm.kube;

import io.compose2helm.compose.Service;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One mount per path, since the API server refuses a container with two. Compose's own mounts win,
 * in this order: claims, bind-mounted directories, shipped files, secret files, tmpfs, anonymous
 * volumes. Paths an image profile needs only fill what Compose left uncovered ({@link
 * #addWritablePath}), and the chart's default writable paths are filled at render time by the pod
 * template, which skips those the service mounts itself (overlays may change the defaults).
 */
public final class MountPlanner implements MappingRule {

  // Patterns compiled once: String.matches, split and replaceAll compile theirs at every call.
  private static final Pattern REPEATED_SLASHES = Pattern.compile("/{2,}");

  /** Writable in every container through the chart's defaults.writablePaths, unless a service mounts them. */
  public static final List<String> DEFAULT_WRITABLE_PATHS = List.of("/tmp");

  @Override
  public void apply(Service service, Workload workload, MappingContext context) {
    Set<String> taken = new HashSet<>();
    String key = "services." + service.name() + ".volumes";
    keepFirst(workload.claims(), taken, service, context, key);
    keepFirst(workload.bindDirectories(), taken, service, context, key);
    keepFirst(workload.configFiles(), taken, service, context, key);
    keepFirst(workload.secretFiles(), taken, service, context, key);
    keepFirst(workload.memoryPaths(), taken, service, context, key);
    keepFirst(workload.writablePaths(), taken, service, context, key);
  }

  /** Adds an emptyDir on {@code path} unless something is mounted there already. */
  static void addWritablePath(Workload workload, String path) {
    String normal = normal(path);
    if (!DEFAULT_WRITABLE_PATHS.contains(normal) && !mountedPaths(workload).contains(normal)) {
      workload.writablePaths().add(path);
    }
  }

  /** Every path the service mounts something on, normalised. */
  static Set<String> mountedPaths(Workload workload) {
    Set<String> paths = new HashSet<>();
    addNormalPaths(workload.claims(), paths);
    addNormalPaths(workload.bindDirectories(), paths);
    addNormalPaths(workload.configFiles(), paths);
    addNormalPaths(workload.secretFiles(), paths);
    addNormalPaths(workload.memoryPaths(), paths);
    addNormalPaths(workload.writablePaths(), paths);
    return paths;
  }

  private static void addNormalPaths(List<?> mounts, Set<String> paths) {
    for (Object mount : mounts) {
      paths.add(normal(mountPath(mount)));
    }
  }

  private static void keepFirst(List<?> mounts, Set<String> taken, Service service, MappingContext context, String key) {
    for (Iterator<?> iterator = mounts.iterator(); iterator.hasNext(); ) {
      String normal = normal(mountPath(iterator.next()));
      if (!taken.add(normal)) {
        iterator.remove();
        context.diagnostics().warn(service.location(), key + "." + normal,
            "'" + normal + "' is mounted twice; the first mount is kept (Kubernetes allows one per path)");
      }
    }
  }

  /** The path a mount is on: a claim, a bind-mounted directory, a file, or a tmpfs or emptyDir path itself. */
  private static String mountPath(Object mount) {
    if (mount instanceof ClaimMount claim) {
      return claim.mountPath();
    }
    if (mount instanceof BindDirectory directory) {
      return directory.mountPath();
    }
    if (mount instanceof FileMount file) {
      return file.mountPath();
    }
    return (String) mount;
  }

  /** {@code /tmp/} and {@code /tmp//} are {@code /tmp}. */
  static String normal(String path) {
    String collapsed = REPEATED_SLASHES.matcher(path).replaceAll("/");
    return collapsed.length() > 1 && collapsed.endsWith("/") ? collapsed.substring(0, collapsed.length() - 1) : collapsed;
  }
}
