package io.compose2helm.compose;

import java.util.List;

/**
 * The names other containers may use for a service besides its own: {@code hostname}, {@code
 * container_name} and the {@code aliases} of every network it joins (in file order, without
 * repeats). Absent keys are {@code null} or empty.
 */
public record NetworkNames(String hostname, String containerName, List<String> aliases) {

  public static final NetworkNames NONE = new NetworkNames(null, null, List.of());

  /** Every name, in the order hostname, container_name, aliases, without repeats. */
  public List<String> all() {
    java.util.LinkedHashSet<String> names = new java.util.LinkedHashSet<>();
    if (hostname != null) {
      names.add(hostname);
    }
    if (containerName != null) {
      names.add(containerName);
    }
    names.addAll(aliases);
    return List.copyOf(names);
  }
}
