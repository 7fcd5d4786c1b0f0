package io.compose2helm.kube;

/**
 * An environment variable read from the chart's Secret: {@code envName} comes from key {@code
 * secretKey}. The key is required: a pod whose Secret lacks it fails to start naming the key, and
 * the deploy script fills a missing key with its Compose default ({@link SecretDefaults}).
 */
public record SecretEnvRef(String envName, String secretKey) {}
