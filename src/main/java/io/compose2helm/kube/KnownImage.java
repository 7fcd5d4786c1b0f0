package io.compose2helm.kube;

import java.util.List;
import java.util.Map;

/**
 * What a stock image needs to start under the chart's hardened defaults, and the ports it listens
 * on. {@code profile} is false for entries that only list ports: nothing else is applied for them.
 */
public record KnownImage(
    String name,
    List<String> repositories,
    long uid,
    long gid,
    Long alpineUid,
    Long alpineGid,
    List<String> writablePaths,
    Map<String, String> env,
    boolean needsRoot,
    List<String> capabilities,
    boolean profile,
    List<Integer> ports) {

  /** The uid for an image tag; alpine variants of some images use other ids. */
  public long uidFor(String tag) {
    return isAlpine(tag) && alpineUid != null ? alpineUid : uid;
  }

  public long gidFor(String tag) {
    return isAlpine(tag) && alpineGid != null ? alpineGid : gid;
  }

  private static boolean isAlpine(String tag) {
    return tag != null && tag.contains("alpine");
  }
}
