package io.compose2helm.audit;

import java.util.List;
import java.util.Optional;

/**
 * One build stage: its {@code FROM} and the instructions up to the next {@code FROM}.
 *
 * @param index the 0-based position among the stages ({@code COPY --from=0} refers to it)
 * @param name the {@code AS} name in lower case, or {@code null}
 * @param base the image or earlier stage named by {@code FROM}
 */
public record Stage(int index, String name, String base, Instruction from, List<Instruction> body) {

  /** The last instruction with this keyword in the stage. */
  public Optional<Instruction> last(String keyword) {
    Instruction found = null;
    for (Instruction instruction : body) {
      if (instruction.is(keyword)) {
        found = instruction;
      }
    }
    return Optional.ofNullable(found);
  }

  /** True when {@code reference} (a FROM image or a --from value) names this stage. */
  public boolean isNamed(String reference) {
    return reference.equalsIgnoreCase(name) || reference.equals(Integer.toString(index));
  }
}
