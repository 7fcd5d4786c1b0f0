package io.compose2helm.kube;

/** A named Compose volume mounted from the PersistentVolumeClaim of the same (DNS-1123) name. */
public record ClaimMount(String claim, String mountPath, boolean readOnly) {}
