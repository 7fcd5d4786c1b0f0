package io.compose2helm.compose;

import java.util.Map;

/** A top-level {@code volumes:} entry. */
public record NamedVolume(
    String name, String driver, Map<String, String> driverOpts, boolean external, Map<String, String> labels) {}
