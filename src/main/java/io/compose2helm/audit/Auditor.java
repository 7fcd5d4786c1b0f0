package io.compose2helm.audit;

import io.compose2helm.compose.ComposeProject;
import io.compose2helm.compose.Service;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks a loaded Compose project for what will hurt once it runs on Kubernetes: the Dockerfiles
 * of services that are built, and the Compose settings of every service.
 */
public final class Auditor {

  private final List<ServiceRule> serviceRules;
  private final BuildAuditor buildAuditor;

  public Auditor() {
    this(AuditRules.dockerfileRules(), AuditRules.serviceRules());
  }

  public Auditor(List<DockerfileRule> dockerfileRules, List<ServiceRule> serviceRules) {
    this.serviceRules = List.copyOf(serviceRules);
    this.buildAuditor = new BuildAuditor(List.copyOf(dockerfileRules));
  }

  /**
   * @param composeDir the folder of the Compose file; build contexts are relative to it
   */
  public AuditReport audit(ComposeProject project, Path composeDir) {
    String composeFile = project.files().isEmpty() ? "docker-compose.yml" : project.files().get(0);
    List<Finding> findings = new ArrayList<>();
    for (Service service : project.services().values()) {
      ServiceSubject subject = new ServiceSubject(service, composeFile, project.name());
      serviceRules.forEach(rule -> findings.addAll(rule.check(subject)));
      if (service.build() != null) {
        findings.addAll(buildAuditor.audit(subject, composeDir));
      }
    }
    return new AuditReport(findings);
  }
}
