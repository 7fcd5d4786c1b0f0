package io.compose2helm.audit;

/** One {@code name=value} from an ENV or ARG instruction; {@code value} is null for a bare ARG. */
record Assignment(String name, String value) {}
