package io.compose2helm.kube;

/**
 * A named Compose volume mounted from the PersistentVolumeClaim of the same (DNS-1123) name.
 *
 * @param subPath the folder of the claim mounted instead of all of it, or null
 */
public record ClaimMount(String claim, String mountPath, boolean readOnly, String subPath) {}
