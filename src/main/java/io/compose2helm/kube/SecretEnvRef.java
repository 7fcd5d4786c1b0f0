package io.compose2helm.kube;

/**
 * An environment variable read from the chart's Secret: {@code envName} comes from key {@code
 * secretKey}. {@code optional} when the env files do not define the key but Compose had a default
 * for it, so the pod still starts without it as it would under Compose.
 */
public record SecretEnvRef(String envName, String secretKey, boolean optional) {}
