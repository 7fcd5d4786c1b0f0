package io.compose2helm.compose;

/** A top-level {@code networks:} entry. */
public record NamedNetwork(String name, String driver, boolean external, boolean internal) {}
