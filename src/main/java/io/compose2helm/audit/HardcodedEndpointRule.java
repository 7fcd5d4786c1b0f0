package io.compose2helm.audit;

import io.compose2helm.diagnostics.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@code hardcoded-endpoint}: an ENV value or ARG default names a particular host. */
public final class HardcodedEndpointRule implements DockerfileRule {

  @Override
  public String id() {
    return "hardcoded-endpoint";
  }

  @Override
  public Severity severity() {
    return Severity.WARNING;
  }

  @Override
  public String why() {
    return "The image only works in the network it was built for: inside a cluster other services"
        + " are reached by Service DNS names that differ per namespace and environment, and hosts"
        + " such as host.docker.internal do not exist. Build once, promote everywhere needs the"
        + " endpoint to be supplied at runtime.";
  }

  @Override
  public String fix() {
    return "Drop the value from the Dockerfile (or use an ARG with no default) and set the"
        + " variable at runtime from Compose environment, which the chart turns into a ConfigMap.";
  }

  @Override
  public List<Finding> check(BuiltImage image) {
    List<Finding> findings = new ArrayList<>();
    for (Stage stage : image.builtStages()) {
      for (Instruction instruction : stage.body()) {
        if (instruction.is("ENV") || instruction.is("ARG")) {
          for (Assignment assignment : AssignmentParser.parse(instruction)) {
            Optional<String> endpoint = EndpointDetector.find(assignment.value());
            endpoint.ifPresent(e -> findings.add(finding(image.file(), instruction.line(),
                instruction.keyword() + " " + assignment.name() + " bakes in the endpoint " + e)));
          }
        }
      }
    }
    return findings;
  }
}
