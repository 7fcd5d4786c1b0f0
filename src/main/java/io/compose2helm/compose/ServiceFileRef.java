package io.compose2helm.compose;

/** A service's use of a top-level secret or config; {@code target} is {@code null} when defaulted. */
public record ServiceFileRef(String source, String target, Integer mode) {}
