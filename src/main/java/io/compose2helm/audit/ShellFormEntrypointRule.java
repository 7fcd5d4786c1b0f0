package io.compose2helm.audit;

import io.compose2helm.diagnostics.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@code shell-form-entrypoint}: the image starts its process through {@code /bin/sh -c}. */
public final class ShellFormEntrypointRule implements DockerfileRule {

  @Override
  public String id() {
    return "shell-form-entrypoint";
  }

  @Override
  public Severity severity() {
    return Severity.WARNING;
  }

  @Override
  public String why() {
    return "In shell form PID 1 is /bin/sh, which does not forward SIGTERM: on every rollout or"
        + " scale-down the app gets no chance to drain and is killed after"
        + " terminationGracePeriodSeconds, and preStop hooks cannot shut it down cleanly.";
  }

  @Override
  public String fix() {
    return "Use exec form, e.g. ENTRYPOINT [\"node\", \"dist/server.js\"], or prefix the shell"
        + " command with `exec` so the app replaces the shell.";
  }

  @Override
  public List<Finding> check(BuiltImage image) {
    // A Compose entrypoint replaces both ENTRYPOINT and CMD; a Compose command replaces CMD.
    if (image.entrypointOverride() != null) {
      return List.of();
    }
    List<Finding> findings = new ArrayList<>();
    Optional<Instruction> entrypoint = effective(image, "ENTRYPOINT");
    entrypoint.filter(ShellFormEntrypointRule::runsUnderShell)
        .ifPresent(e -> findings.add(finding(image, e)));
    boolean cmdIgnored = findings.size() > 0 || image.commandOverride() != null;
    if (!cmdIgnored) {
      effective(image, "CMD").filter(ShellFormEntrypointRule::runsUnderShell)
          .ifPresent(c -> findings.add(finding(image, c)));
    }
    return findings;
  }

  private Finding finding(BuiltImage image, Instruction instruction) {
    return finding(image.file(), instruction.line(), instruction.keyword()
        + " in shell form runs under /bin/sh -c: " + firstLine(instruction.arguments()));
  }

  /** The last ENTRYPOINT or CMD along the stage chain: the one the image actually keeps. */
  private static Optional<Instruction> effective(BuiltImage image, String keyword) {
    Optional<Instruction> found = Optional.empty();
    for (Stage stage : image.lineage()) {
      Optional<Instruction> inStage = stage.last(keyword);
      if (inStage.isPresent()) {
        found = inStage;
      }
    }
    return found;
  }

  private static boolean runsUnderShell(Instruction instruction) {
    // `exec app` makes the shell replace itself, so the app becomes PID 1 after all.
    return instruction.execForm().isEmpty() && !instruction.arguments().startsWith("exec ");
  }

  private static String firstLine(String text) {
    return text.lines().findFirst().orElse("");
  }
}
