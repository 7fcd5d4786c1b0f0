package io.compose2helm.kube;

import java.util.Locale;

/**
 * How a service behaves under load and disruption, which decides its environment defaults (the
 * chart's {@code workloadClasses}): how many pods, whether it autoscales, what it requests.
 */
public enum WorkloadClass {
  /** Serves requests and keeps nothing: scaled out, autoscaled in prod. */
  STATELESS,
  /** Keeps data (a named volume, a database, search or queue image): one pod unless it clusters. */
  STATEFUL,
  /** Holds a working set in memory that it can lose (redis, memcached without a volume): one pod. */
  CACHE,
  /** Runs once to completion (migrations, seeders). */
  JOB;

  /** The name values.yaml uses: {@code stateless}, {@code stateful}, {@code cache}, {@code job}. */
  public String valueName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Every class's {@link #valueName}, in declaration order. */
  public static String[] valueNames() {
    WorkloadClass[] classes = values();
    String[] names = new String[classes.length];
    for (int i = 0; i < classes.length; i++) {
      names[i] = classes[i].valueName();
    }
    return names;
  }

  /** The class named {@code stateful} etc. in known-images.yaml, or an exception naming the known ones. */
  public static WorkloadClass of(String valueName) {
    for (WorkloadClass workloadClass : values()) {
      if (workloadClass.valueName().equals(valueName)) {
        return workloadClass;
      }
    }
    throw new IllegalArgumentException(
        "unknown workload class '" + valueName + "'; known: " + String.join(", ", valueNames()));
  }
}
