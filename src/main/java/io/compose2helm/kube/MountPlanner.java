package io.compose2helm.kube;

import io.compose2helm.compose.Service;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
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
    keepFirst(workload.claims(), ClaimMount::mountPath, taken, service, context, key);
    keepFirst(workload.bindDirectories(), BindDirectory::mountPath, taken, service, context, key);
    keepFirst(workload.configFiles(), FileMount::mountPath, taken, service, context, key);
    keepFirst(workload.secretFiles(), FileMount::mountPath, taken, service, context, key);
    keepFirst(workload.memoryPaths(), Function.identity(), taken, service, context, key);
    keepFirst(workload.writablePaths(), Function.identity(), taken, service, context, key);
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
    workload.claims().forEach(m -> paths.add(normal(m.mountPath())));
    workload.bindDirectories().forEach(m -> paths.add(normal(m.mountPath())));
    workload.configFiles().forEach(m -> paths.add(normal(m.mountPath())));
    workload.secretFiles().forEach(m -> paths.add(normal(m.mountPath())));
    workload.memoryPaths().forEach(p -> paths.add(normal(p)));
    workload.writablePaths().forEach(p -> paths.add(normal(p)));
    return paths;
  }

  private static <T> void keepFirst(List<T> mounts, Function<T, String> path, Set<String> taken,
      Service service, MappingContext context, String key) {
    mounts.removeIf(mount -> {
      String normal = normal(path.apply(mount));
      if (taken.add(normal)) {
        return false;
      }
      context.diagnostics().warn(service.location(), key + "." + normal,
          "'" + normal + "' is mounted twice; the first mount is kept (Kubernetes allows one per path)");
      return true;
    });
  }

  /** {@code /tmp/} and {@code /tmp//} are {@code /tmp}. */
  static String normal(String path) {
    String collapsed = REPEATED_SLASHES.matcher(path).replaceAll("/");
    return collapsed.length() > 1 && collapsed.endsWith("/") ? collapsed.substring(0, collapsed.length() - 1) : collapsed;
  }
}
