package io.compose2helm.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Groups instructions into stages at each {@code FROM image [AS name]}. */
final class StageSplitter {

  private StageSplitter() {}

  static List<Stage> split(List<Instruction> instructions) {
    List<Stage> stages = new ArrayList<>();
    Instruction from = null;
    List<Instruction> body = new ArrayList<>();
    for (Instruction instruction : instructions) {
      if (instruction.is("FROM")) {
        if (from != null) {
          stages.add(stage(stages.size(), from, body));
        }
        from = instruction;
        body = new ArrayList<>();
      } else if (from != null) {
        // Before the first FROM only ARGs for the FROM lines are allowed; they belong to no stage.
        body.add(instruction);
      }
    }
    if (from != null) {
      stages.add(stage(stages.size(), from, body));
    }
    return List.copyOf(stages);
  }

  private static Stage stage(int index, Instruction from, List<Instruction> body) {
    List<String> operands = from.operands();
    String base = operands.isEmpty() ? "" : operands.get(0);
    String name = null;
    if (operands.size() >= 3 && operands.get(1).equalsIgnoreCase("AS")) {
      name = operands.get(2).toLowerCase(Locale.ROOT);
    }
    return new Stage(index, name, base, from, List.copyOf(body));
  }
}
