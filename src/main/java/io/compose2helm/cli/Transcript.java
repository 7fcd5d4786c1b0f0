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

  private final List<Part> parts = new ArrayList<>();

  synchronized void add(int stream, String text) {
    int last = parts.size() - 1;
    if (last >= 0 && parts.get(last).stream() == stream) {
      parts.set(last, new Part(stream, parts.get(last).text() + text));
    } else if (!text.isEmpty()) {
      parts.add(new Part(stream, text));
    }
  }

  synchronized List<Part> parts() {
    return List.copyOf(parts);
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
