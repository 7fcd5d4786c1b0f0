package io.compose2helm.audit;

import io.compose2helm.diagnostics.Severity;
import java.util.List;

/** {@code runs-as-root}: the Compose service asks for {@code user: root} or UID 0. */
public final class RunsAsRootRule implements ServiceRule {

  @Override
  public String id() {
    return "runs-as-root";
  }

  @Override
  public Severity severity() {
    return Severity.ERROR;
  }

  @Override
  public String why() {
    return "To honour it the chart must turn runAsNonRoot off for this workload; clusters that"
        + " enforce the restricted Pod Security Standard reject the pod, and a container escape"
        + " from a root process is far more damaging.";
  }

  @Override
  public String fix() {
    return "Run as a non-root UID (user: \"1000:1000\", or USER node in the image) and give that"
        + " user ownership of the paths it writes.";
  }

  @Override
  public List<Finding> check(ServiceSubject subject) {
    String user = subject.service().user();
    if (!RootUser.isRoot(user)) {
      return List.of();
    }
    return List.of(subject.finding(this,
        "service " + subject.service().name() + " sets user: " + user + ", which is root"));
  }
}
