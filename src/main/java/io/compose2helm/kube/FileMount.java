package io.compose2helm.kube;

/**
 * A file or directory mounted from a Secret or ConfigMap.
 *
 * @param objectName the Secret or ConfigMap name
 * @param key the key within it holding the file, or {@code null} to mount every key as a directory
 * @param mountPath where the file appears in the container
 */
public record FileMount(String objectName, String key, String mountPath) {}
