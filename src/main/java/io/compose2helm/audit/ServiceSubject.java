package io.compose2helm.audit;

import io.compose2helm.compose.Service;
import io.compose2helm.diagnostics.SourceLocation;

/**
 * A service with what its findings need to point at it.
 *
 * @param composeFile the Compose file to name when the service has no recorded location
 * @param projectName the Compose project name, which Compose uses to name built images
 */
public record ServiceSubject(Service service, String composeFile, String projectName) {

  public String file() {
    SourceLocation location = service.location();
    return location != null && location.file() != null ? location.file() : composeFile;
  }

  public int line() {
    SourceLocation location = service.location();
    return location == null ? 0 : location.line();
  }

  public Finding finding(AuditRule rule, String message) {
    return rule.finding(file(), line(), message);
  }
}
