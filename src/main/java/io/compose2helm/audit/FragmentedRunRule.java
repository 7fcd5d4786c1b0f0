package io.compose2helm.audit;

import io.compose2helm.diagnostics.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** {@code fragmented-run}: consecutive RUN instructions that belong in one layer. */
public final class FragmentedRunRule implements DockerfileRule {

  private static final Pattern PACKAGE_INSTALL = Pattern.compile(
      "\\b(apt-get|apt|apk|yum|dnf|microdnf|zypper|npm|yarn|pnpm|pip3?|gem|composer)\\s+"
          + "(-\\S+\\s+)*(install|update|add|ci|upgrade)\\b");

  @Override
  public String id() {
    return "fragmented-run";
  }

  @Override
  public Severity severity() {
    return Severity.WARNING;
  }

  @Override
  public String why() {
    return "Every RUN is a layer that every node pulls; split installs leave package caches and"
        + " stale indexes in earlier layers (apt-get update cached apart from install), making"
        + " images bigger, slower to start on new nodes and harder to patch.";
  }

  @Override
  public String fix() {
    return "Combine related steps into one RUN joined with && (and clean the package cache in the"
        + " same RUN).";
  }

  @Override
  public List<Finding> check(BuiltImage image) {
    List<Finding> findings = new ArrayList<>();
    for (Stage stage : image.builtStages()) {
      for (List<Instruction> group : consecutiveRuns(stage)) {
        long installs = group.stream().filter(FragmentedRunRule::installsPackages).count();
        if (group.size() >= 3 || installs >= 2) {
          int first = group.get(0).line();
          int last = group.get(group.size() - 1).line();
          findings.add(finding(image.file(), first, group.size()
              + " consecutive RUN instructions (lines " + first + "-" + last + ")"
              + (installs >= 2 ? ", " + installs + " of them installing packages" : "")));
        }
      }
    }
    return findings;
  }

  private static List<List<Instruction>> consecutiveRuns(Stage stage) {
    List<List<Instruction>> groups = new ArrayList<>();
    List<Instruction> current = new ArrayList<>();
    for (Instruction instruction : stage.body()) {
      if (instruction.is("RUN")) {
        current.add(instruction);
        continue;
      }
      if (current.size() > 1) {
        groups.add(current);
      }
      current = new ArrayList<>();
    }
    if (current.size() > 1) {
      groups.add(current);
    }
    return groups;
  }

  private static boolean installsPackages(Instruction run) {
    return PACKAGE_INSTALL.matcher(run.arguments()).find();
  }
}
