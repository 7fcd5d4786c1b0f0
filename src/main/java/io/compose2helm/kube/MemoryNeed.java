package io.compose2helm.kube;

/**
 * The memory a service's own settings ask for, and how much to give on top.
 *
 * @param bytes what the setting names
 * @param flag the setting as written ({@code --maxmemory 2gb}, {@code -Xmx4g})
 * @param requestPercent the request, as a percentage of {@code bytes}
 * @param limitPercent the limit, as a percentage of {@code bytes}
 * @param sizing why those amounts, for the values.yaml comment
 */
record MemoryNeed(long bytes, String flag, int requestPercent, int limitPercent, String sizing) {}
