package io.compose2helm.kube;

import io.compose2helm.compose.ComposeProject;
import io.compose2helm.diagnostics.Diagnostics;
import java.nio.file.Path;

/**
 * What every rule may read besides the service: the whole project, the variables classed secret,
 * the ports and names every service is reached by, and where to report.
 */
public record MappingContext(
    ComposeProject project, SecretVariables secrets, ServiceReachability reachability, Diagnostics diagnostics) {

  /** The folder of the first Compose file, against which relative paths in it resolve. */
  public Path composeDirectory() {
    if (project.files().isEmpty()) {
      return Path.of(".");
    }
    Path parent = Path.of(project.files().get(0)).getParent();
    return parent == null ? Path.of(".") : parent;
  }
}
