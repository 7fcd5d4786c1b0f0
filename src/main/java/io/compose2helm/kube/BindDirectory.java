package io.compose2helm.kube;

/** A host directory bind-mounted by Compose: {@code source} as written, {@code mountPath} in the container. */
public record BindDirectory(String source, String mountPath) {}
