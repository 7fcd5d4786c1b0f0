package io.compose2helm.compose;

/**
 * A {@code links} entry: the linking service reaches {@code service}, also as {@code alias} when one
 * is given ({@code db:mysql}). Compose starts the linked service first, as for {@code depends_on}.
 */
public record Link(String service, String alias) {}
