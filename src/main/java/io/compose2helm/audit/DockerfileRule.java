package io.compose2helm.audit;

import java.util.List;

/** A rule about the image a Dockerfile builds. */
public interface DockerfileRule extends AuditRule {

  List<Finding> check(BuiltImage image);
}
