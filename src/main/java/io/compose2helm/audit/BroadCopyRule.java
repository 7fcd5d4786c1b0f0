package io.compose2helm.audit;

import io.compose2helm.diagnostics.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** {@code broad-copy}: {@code COPY . .} and friends copy the whole build context. */
public final class BroadCopyRule implements DockerfileRule {

  private static final Set<String> WHOLE_CONTEXT = Set.of(".", "./");

  @Override
  public String id() {
    return "broad-copy";
  }

  @Override
  public Severity severity() {
    return Severity.WARNING;
  }

  @Override
  public String why() {
    return "Copying the whole build context can bake .env files, credentials, .git and local"
        + " node_modules into an image that is pushed to a registry and pulled by every node,"
        + " and any file change invalidates the layer cache, making builds and pulls slower.";
  }

  @Override
  public String fix() {
    return "Copy only what the app needs (COPY package.json ./ then COPY src ./src), and keep a"
        + " .dockerignore for the rest.";
  }

  @Override
  public List<Finding> check(BuiltImage image) {
    List<Finding> findings = new ArrayList<>();
    for (Stage stage : image.builtStages()) {
      for (Instruction instruction : stage.body()) {
        if (copiesWholeContext(instruction)) {
          findings.add(finding(image.file(), instruction.line(), instruction.keyword() + " "
              + instruction.arguments() + " copies the whole build context into the image"));
        }
      }
    }
    return findings;
  }

  private static boolean copiesWholeContext(Instruction instruction) {
    if (!(instruction.is("COPY") || instruction.is("ADD"))) {
      return false;
    }
    // COPY --from copies from another stage or image, not from the build context.
    if (instruction.flag("from").isPresent()) {
      return false;
    }
    List<String> operands = instruction.operands();
    List<String> sources = operands.subList(0, Math.max(0, operands.size() - 1));
    return sources.stream().anyMatch(WHOLE_CONTEXT::contains);
  }
}
