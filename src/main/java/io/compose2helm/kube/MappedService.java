package io.compose2helm.kube;

import io.compose2helm.compose.Service;

/**
 * A service that becomes workloads, with its hints. The mapper keeps these in a list: a map keyed
 * by the Service record would hash every service whole, and link each nested record's generated
 * hashCode at start, only to keep them in order.
 */
record MappedService(Service service, ServiceHints hints) {}
