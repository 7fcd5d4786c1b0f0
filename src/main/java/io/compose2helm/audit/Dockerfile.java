package io.compose2helm.audit;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/** A parsed Dockerfile: every instruction in order, grouped into stages. */
public record Dockerfile(List<Instruction> instructions, List<Stage> stages) {

  public static Dockerfile parse(String text) {
    return new DockerfileParser().parse(text);
  }

  /**
   * The stage that {@code docker build} produces: the one named by the Compose build {@code
   * target}, or the last stage when no target is given. Empty when no such stage exists.
   */
  public Optional<Stage> selectStage(String target) {
    if (target == null || target.isBlank()) {
      return stages.isEmpty() ? Optional.empty() : Optional.of(stages.get(stages.size() - 1));
    }
    return stages.stream().filter(s -> target.equalsIgnoreCase(s.name())).findFirst();
  }

  /**
   * The stage and the earlier stages it is built {@code FROM}, oldest first. The image's runtime
   * settings (USER, CMD, ENTRYPOINT, ENV) are inherited along this chain.
   */
  public List<Stage> lineage(Stage stage) {
    Deque<Stage> chain = new ArrayDeque<>();
    Stage current = stage;
    while (current != null) {
      chain.addFirst(current);
      current = baseStage(current).orElse(null);
    }
    return List.copyOf(chain);
  }

  /**
   * Every stage that building {@code stage} runs, in file order: its lineage plus the stages it
   * copies from, transitively. BuildKit skips the rest, so rules ignore them too.
   */
  public List<Stage> builtFor(Stage stage) {
    TreeSet<Integer> seen = new TreeSet<>();
    Deque<Stage> pending = new ArrayDeque<>(List.of(stage));
    while (!pending.isEmpty()) {
      Stage next = pending.pop();
      if (!seen.add(next.index())) {
        continue;
      }
      baseStage(next).ifPresent(pending::push);
      for (Instruction instruction : next.body()) {
        instruction.flag("from")
            .flatMap(ref -> earlierStage(ref, next.index()))
            .ifPresent(pending::push);
      }
    }
    List<Stage> built = new ArrayList<>();
    seen.forEach(index -> built.add(stages.get(index)));
    return built;
  }

  // FROM names a stage only by name; a bare number there is an image called "0".
  private Optional<Stage> baseStage(Stage stage) {
    return stages.subList(0, stage.index()).stream()
        .filter(s -> stage.base().equalsIgnoreCase(s.name()))
        .findFirst();
  }

  private Optional<Stage> earlierStage(String reference, int before) {
    return stages.subList(0, before).stream().filter(s -> s.isNamed(reference)).findFirst();
  }
}
