package io.compose2helm.audit;

import io.compose2helm.diagnostics.Severity;
import java.util.List;
import java.util.Optional;

/** {@code root-user}: the image leaves its process running as root. */
public final class RootUserRule implements DockerfileRule {

  @Override
  public String id() {
    return "root-user";
  }

  @Override
  public Severity severity() {
    return Severity.ERROR;
  }

  @Override
  public String why() {
    return "The chart runs containers with runAsNonRoot and a non-root UID; an image built to run"
        + " as root either fails to start or fails at runtime when it writes to root-owned paths.";
  }

  @Override
  public String fix() {
    return "Add USER node (or a numeric non-root UID such as USER 1000) at the end of the final"
        + " stage, after chown-ing the paths the app writes to.";
  }

  @Override
  public List<Finding> check(BuiltImage image) {
    // A Compose `user:` replaces the image's USER; runs-as-root judges that one instead.
    if (image.userOverride() != null && !image.userOverride().isBlank()) {
      return List.of();
    }
    Optional<Instruction> user = lastUser(image);
    if (user.isEmpty()) {
      return List.of(finding(image.file(), image.stage().from().line(),
          "the final stage sets no USER, so the image runs as root"));
    }
    String name = user.get().operands().isEmpty() ? "" : user.get().operands().get(0);
    if (RootUser.isRoot(name)) {
      return List.of(finding(image.file(), user.get().line(),
          "USER " + name + " runs the image as root"));
    }
    return List.of();
  }

  private static Optional<Instruction> lastUser(BuiltImage image) {
    Optional<Instruction> found = Optional.empty();
    for (Stage stage : image.lineage()) {
      Optional<Instruction> inStage = stage.last("USER");
      if (inStage.isPresent()) {
        found = inStage;
      }
    }
    return found;
  }
}
