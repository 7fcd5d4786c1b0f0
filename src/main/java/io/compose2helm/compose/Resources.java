package io.compose2helm.compose;

/** {@code deploy.resources}: limits and reservations, each possibly {@code null}. */
public record Resources(ResourceAmounts limits, ResourceAmounts reservations) {

  /**
   * @param cpus the CPU count as written ({@code "0.5"}, {@code 2}), or {@code null}
   * @param memoryBytes the memory in bytes, parsed from Compose byte units, or {@code null}
   */
  public record ResourceAmounts(String cpus, Long memoryBytes) {}
}
