package io.compose2helm.compose;

import java.util.Set;

/** The names declared at the top level, which service entries may refer to. */
record Declarations(Set<String> services, Set<String> volumes, Set<String> secrets, Set<String> configs) {}
