package io.compose2helm.compose;

/**
 * A top-level {@code secrets:} or {@code configs:} entry.
 *
 * @param file the {@code file:} path as written, relative to the Compose file, or {@code null}
 * @param environment the {@code environment:} variable name, or {@code null}
 * @param content inline {@code content:} (configs only), or {@code null}
 */
public record FileObject(String name, String file, String environment, String content, boolean external) {}
