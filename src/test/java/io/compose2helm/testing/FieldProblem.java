package io.compose2helm.testing;

/** A problem at a JSON path inside one manifest, e.g. {@code spec.replicas: expected integer}. */
public record FieldProblem(String path, String message) {}
