package io.compose2helm.compose;

import io.compose2helm.compose.Resources.ResourceAmounts;

/**
 * The service-level resource keys of the older Compose format ({@code cpus}, {@code mem_limit},
 * {@code mem_reservation}), which mean what {@code deploy.resources} says: they fill its limits and
 * reservations, and a value that differs from the one {@code deploy} sets is an error, as in Compose.
 */
final class LegacyResources {

  private YamlValue cpus;
  private YamlValue memLimit;
  private YamlValue memReservation;

  /** @return true when the key is one of these, whose value is then kept */
  boolean read(String key, YamlValue value) {
    switch (key) {
      case "cpus" -> cpus = value;
      case "mem_limit" -> memLimit = value;
      case "mem_reservation" -> memReservation = value;
      default -> {
        return false;
      }
    }
    return true;
  }

  /** {@code deploy}'s resources (may be null) with these keys' values filled in. */
  Resources applyTo(Resources deploy) {
    if (cpus == null && memLimit == null && memReservation == null) {
      return deploy;
    }
    ResourceAmounts limits = deploy == null ? null : deploy.limits();
    ResourceAmounts reservations = deploy == null ? null : deploy.reservations();
    String limitCpus = merged(limits == null ? null : limits.cpus(), cpus, "cpus", "deploy.resources.limits.cpus");
    Long limitMemory = merged(limits == null ? null : limits.memoryBytes(), memLimit, "mem_limit",
        "deploy.resources.limits.memory");
    Long reservedMemory = merged(reservations == null ? null : reservations.memoryBytes(), memReservation,
        "mem_reservation", "deploy.resources.reservations.memory");
    return new Resources(
        limitCpus == null && limitMemory == null ? limits : new ResourceAmounts(limitCpus, limitMemory),
        reservedMemory == null && reservations == null ? null
            : new ResourceAmounts(reservations == null ? null : reservations.cpus(), reservedMemory));
  }

  private static String merged(String fromDeploy, YamlValue legacy, String key, String deployKey) {
    if (legacy == null) {
      return fromDeploy;
    }
    String value = DeployParser.cpus(legacy);
    if (fromDeploy != null && NanoCpus.compare(fromDeploy, value) != 0) {
      throw legacy.error(distinct(key, deployKey));
    }
    return fromDeploy != null ? fromDeploy : value;
  }

  private static Long merged(Long fromDeploy, YamlValue legacy, String key, String deployKey) {
    if (legacy == null) {
      return fromDeploy;
    }
    Long value = DeployParser.bytes(legacy);
    if (fromDeploy != null && !fromDeploy.equals(value)) {
      throw legacy.error(distinct(key, deployKey));
    }
    return value;
  }

  private static String distinct(String key, String deployKey) {
    // The values are not repeated: an interpolated value may be a secret's.
    return "differs from " + deployKey + "; Compose refuses distinct values for " + key + " and " + deployKey;
  }
}
