package io.compose2helm.kube;

import java.util.List;
import java.util.Map;

/**
 * What a stock image needs to start under the chart's hardened defaults, and the ports it listens
 * on (see known-images.yaml for what each field means). An entry with no user facts ({@link
 * #profile()} false) only lists ports: nothing else is applied for it. {@code workloadClass} (null:
 * nothing known) and {@code resources} (requests/limits from the image's docs, empty: none) hold
 * how the image runs in production, whether or not it is a profile.
 */
public record KnownImage(
    String name,
    List<String> repositories,
    Long uid,
    Long gid,
    boolean anyUser,
    boolean needsRoot,
    String rootReason,
    List<String> capabilities,
    List<String> writablePaths,
    List<String> dataPaths,
    List<String> shipsFiles,
    boolean readOnlyRoot,
    Map<String, String> env,
    List<Integer> ports,
    String notes,
    Map<String, Variant> variants,
    WorkloadClass workloadClass,
    Map<String, Map<String, String>> resources) {

  /** Values a tag variant (alpine, management, unprivileged) changes; null keeps the entry's. */
  public record Variant(Long uid, Long gid, Boolean needsRoot, List<Integer> ports) {}

  /** True when the entry says how the image runs, not only which ports it listens on. */
  public boolean profile() {
    return uid != null || anyUser || needsRoot;
  }

  /**
   * This entry as it applies to an image tag: every variant whose fragment the tag contains applies,
   * in file order ({@code 3-management-alpine} gets the alpine user and the management ports).
   */
  public KnownImage forTag(String tag) {
    KnownImage resolved = this;
    if (tag != null) {
      for (Map.Entry<String, Variant> variant : variants.entrySet()) {
        if (tag.contains(variant.getKey())) {
          resolved = resolved.with(variant.getValue());
        }
      }
    }
    return resolved;
  }

  private KnownImage with(Variant variant) {
    boolean root = variant.needsRoot() != null ? variant.needsRoot() : needsRoot;
    return new KnownImage(name, repositories,
        variant.uid() != null ? variant.uid() : uid,
        variant.gid() != null ? variant.gid() : gid,
        anyUser, root, root ? rootReason : null, root ? capabilities : List.of(),
        writablePaths, dataPaths, shipsFiles, readOnlyRoot, env,
        variant.ports() != null ? variant.ports() : ports, notes, variants, workloadClass, resources);
  }

  /** The uid for an image tag; alpine variants of some images use other ids. */
  public Long uidFor(String tag) {
    return forTag(tag).uid();
  }

  public Long gidFor(String tag) {
    return forTag(tag).gid();
  }
}
