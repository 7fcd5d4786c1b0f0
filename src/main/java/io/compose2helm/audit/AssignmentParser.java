package io.compose2helm.audit;

import io.compose2helm.compose.ShellWords;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits ENV and ARG arguments into name/value pairs: {@code ENV A=1 B="two words"}, the legacy
 * {@code ENV NAME rest of the line}, and {@code ARG NAME[=default]}.
 */
final class AssignmentParser {

  private AssignmentParser() {}

  static List<Assignment> parse(Instruction instruction) {
    String text = instruction.arguments().strip();
    List<String> words;
    try {
      words = ShellWords.split(text);
    } catch (IllegalArgumentException e) {
      return List.of(); // an unterminated quote: Docker rejects the file, nothing to audit here
    }
    if (words.isEmpty()) {
      return List.of();
    }
    if (instruction.is("ENV") && !words.get(0).contains("=")) {
      // Legacy form: the first word is the name, the rest of the line the value.
      String name = words.get(0);
      String value = text.substring(text.indexOf(name) + name.length()).strip();
      return List.of(new Assignment(name, value));
    }
    List<Assignment> assignments = new ArrayList<>();
    for (String word : words) {
      int eq = word.indexOf('=');
      assignments.add(eq < 0
          ? new Assignment(word, null)
          : new Assignment(word.substring(0, eq), word.substring(eq + 1)));
    }
    return assignments;
  }
}
