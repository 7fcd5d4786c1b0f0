package io.compose2helm.audit;

import io.compose2helm.compose.Build;
import io.compose2helm.compose.Service;
import io.compose2helm.diagnostics.TextFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Audits the Dockerfile that one service's {@code build:} section points at. */
final class BuildAuditor {

  private final List<DockerfileRule> rules;
  private final DockerfileMissingRule missing = new DockerfileMissingRule();
  private final BuildTargetMissingRule targetMissing = new BuildTargetMissingRule();

  BuildAuditor(List<DockerfileRule> rules) {
    this.rules = rules;
  }

  List<Finding> audit(ServiceSubject subject, Path composeDir) {
    Service service = subject.service();
    Build build = service.build();
    String context = build.context() == null || build.context().isBlank() ? "." : build.context();
    if (isRemote(context)) {
      return List.of(); // A Git or URL context is not on disk; there is nothing to read.
    }
    String dockerfileName = build.dockerfile() == null || build.dockerfile().isBlank()
        ? "Dockerfile" : build.dockerfile();
    Path path = composeDir.resolve(context).resolve(dockerfileName).normalize();
    String display = path.toString().replace('\\', '/');
    String text;
    try {
      text = Files.readString(path, StandardCharsets.UTF_8);
    } catch (IOException e) {
      String reason =
          Files.exists(path) ? "cannot be read (" + TextFiles.reason(path, e) + ")" : "does not exist";
      return List.of(subject.finding(missing,
          "service " + service.name() + " builds from " + display + ", which " + reason));
    }
    Dockerfile dockerfile = Dockerfile.parse(text);
    Optional<Stage> stage = dockerfile.selectStage(build.target());
    if (stage.isEmpty()) {
      String message = build.target() == null
          ? display + " has no FROM instruction"
          : "build target '" + build.target() + "' of service " + service.name()
              + " is not a stage of " + display;
      return List.of(targetMissing.finding(display, 0, message));
    }
    BuiltImage image = new BuiltImage(display, dockerfile, stage.get(),
        service.entrypoint(), service.command(), service.user());
    List<Finding> findings = new ArrayList<>();
    rules.forEach(rule -> findings.addAll(rule.check(image)));
    return findings;
  }

  private static boolean isRemote(String context) {
    return context.contains("://")
        || context.startsWith("git@")
        || context.startsWith("github.com/");
  }
}
