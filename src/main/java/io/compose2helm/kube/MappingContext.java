package io.compose2helm.kube;

import io.compose2helm.compose.ComposeProject;
import io.compose2helm.diagnostics.Diagnostics;
import java.util.Set;

/**
 * What every rule may read besides the service: the whole project, the variables classed secret,
 * and where to report.
 */
public record MappingContext(
    ComposeProject project, SecretVariables secrets, Diagnostics diagnostics) {}
