package io.compose2helm.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * What a run printed to stdout and stderr, in the order it printed it, so that a run replayed by
 * {@link UnchangedRuns} shows its messages as the run did, also where both streams go to one terminal.
 */
final class Transcript {

  static final int OUT = 0;
  static final int ERR = 1;

  /** Text one stream printed before the other printed again. */
  record Part(int stream, String text) {}

  // The stream of each part, and its text so far: a run prints line by line, thousands of lines for
  // a large project, so a part grows in place rather than by copying it at every line.
  private final List<Integer> streams = new ArrayList<>();
  private final List<StringBuilder> texts = new ArrayList<>();

  synchronized void add(int stream, String text) {
    if (text.isEmpty()) {
      return;
    }
    int last = streams.size() - 1;
    if (last >= 0 && streams.get(last) == stream) {
      texts.get(last).append(text);
    } else {
      streams.add(stream);
      texts.add(new StringBuilder(text));
    }
  }

  synchronized List<Part> parts() {
    List<Part> parts = new ArrayList<>(streams.size());
    for (int i = 0; i < streams.size(); i++) {
      parts.add(new Part(streams.get(i), texts.get(i).toString()));
    }
    return parts;
  }

  /** Prints the parts again, each stream flushed before the other goes on. */
  static void replay(List<Part> parts, PrintWriter out, PrintWriter err) {
    for (Part part : parts) {
      PrintWriter target = part.stream() == ERR ? err : out;
      target.print(part.text());
      target.flush();
    }
    out.flush();
    err.flush();
  }
}
