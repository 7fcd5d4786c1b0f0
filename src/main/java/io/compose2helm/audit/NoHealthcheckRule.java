package io.compose2helm.audit;

import io.compose2helm.compose.HealthCheck;
import io.compose2helm.compose.Service;
import io.compose2helm.diagnostics.Severity;
import java.util.List;

/** {@code no-healthcheck}: a service that serves traffic but has no healthcheck to probe. */
public final class NoHealthcheckRule implements ServiceRule {

  @Override
  public String id() {
    return "no-healthcheck";
  }

  @Override
  public Severity severity() {
    return Severity.WARNING;
  }

  @Override
  public String why() {
    return "The chart derives readiness and liveness probes from the Compose healthcheck; without"
        + " one it can only check that the port accepts connections, so a Service sends traffic to"
        + " pods that are still starting or are hung, and Kubernetes never restarts them."
        + " Kubernetes also ignores the Dockerfile HEALTHCHECK.";
  }

  @Override
  public String fix() {
    return "Add a healthcheck that calls a cheap endpoint, e.g. test: [\"CMD\", \"curl\", \"-fsS\","
        + " \"http://localhost:PORT/health\"], with interval, timeout and start_period.";
  }

  @Override
  public List<Finding> check(ServiceSubject subject) {
    Service service = subject.service();
    boolean servesTraffic = !service.ports().isEmpty() || !service.expose().isEmpty();
    if (!servesTraffic) {
      return List.of();
    }
    HealthCheck check = service.healthcheck();
    if (check == null) {
      return List.of(subject.finding(this,
          "service " + service.name() + " serves a port but has no healthcheck"));
    }
    if (check.disabled()) {
      return List.of(subject.finding(this,
          "service " + service.name() + " serves a port but its healthcheck is disabled"));
    }
    if (check.kind() == HealthCheck.Kind.NONE) {
      return List.of(subject.finding(this, "service " + service.name()
          + " sets healthcheck timing only; the image's HEALTHCHECK it relies on is ignored"
          + " by Kubernetes"));
    }
    return List.of();
  }
}
