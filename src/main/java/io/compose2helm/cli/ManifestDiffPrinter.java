package io.compose2helm.cli;

import io.compose2helm.chart.ManifestDiff.Change;
import io.compose2helm.chart.ManifestDiff.ObjectDiff;
import java.io.PrintWriter;
import java.util.List;

/** Prints object diffs as text, with ANSI colours when asked (only for a terminal). */
final class ManifestDiffPrinter {

  private static final String RESET = "\u001b[0m";
  private static final String BOLD = "\u001b[1m";
  private static final String RED = "\u001b[31m";
  private static final String GREEN = "\u001b[32m";
  private static final String CYAN = "\u001b[36m";

  private final PrintWriter out;
  private final boolean color;

  ManifestDiffPrinter(PrintWriter out, boolean color) {
    this.out = out;
    this.color = color;
  }

  /** Every object's header and diff lines. */
  void printDiffs(List<ObjectDiff> diffs) {
    for (ObjectDiff diff : diffs) {
      out.println(paint(BOLD, header(diff)));
      for (String line : diff.lines()) {
        out.println(line.startsWith("+") ? paint(GREEN, line)
            : line.startsWith("-") ? paint(RED, line)
            : line.startsWith("@@") ? paint(CYAN, line) : line);
      }
    }
  }

  /** One line per object with its added and removed line counts, then the totals. */
  void printStat(List<ObjectDiff> diffs) {
    for (ObjectDiff diff : diffs) {
      long added = countStartingWith(diff.lines(), "+");
      long removed = countStartingWith(diff.lines(), "-");
      out.println(" " + diff.id() + suffix(diff.change()) + " | " + paint(GREEN, "+" + added) + " " + paint(RED, "-" + removed));
    }
    printSummary(diffs);
  }

  void printSummary(List<ObjectDiff> diffs) {
    out.println(count(diffs, Change.CHANGED) + " changed, " + count(diffs, Change.ADDED) + " added, "
        + count(diffs, Change.REMOVED) + " removed");
  }

  static String header(ObjectDiff diff) {
    return "--- " + diff.id() + suffix(diff.change());
  }

  private static String suffix(Change change) {
    return switch (change) {
      case CHANGED -> "";
      case ADDED -> " (added)";
      case REMOVED -> " (removed)";
    };
  }

  private static long count(List<ObjectDiff> diffs, Change change) {
    long count = 0;
    for (ObjectDiff diff : diffs) {
      if (diff.change() == change) {
        count++;
      }
    }
    return count;
  }

  private static long countStartingWith(List<String> lines, String prefix) {
    long count = 0;
    for (String line : lines) {
      if (line.startsWith(prefix)) {
        count++;
      }
    }
    return count;
  }

  private String paint(String style, String text) {
    return color ? style + text + RESET : text;
  }
}
