package io.compose2helm.compose;

import java.util.Set;

/**
 * The names declared at the top level, which service entries may refer to. {@code networks} holds
 * the declared networks plus {@code default}, which Compose always creates.
 */
record Declarations(Set<String> services, Set<String> volumes, Set<String> secrets, Set<String> configs,
    Set<String> networks) {}
