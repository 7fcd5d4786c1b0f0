package io.compose2helm.chart;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import java.util.List;

/** A unified diff of two texts, as {@code diff -u} prints it; empty when they are equal. */
public final class UnifiedDiff {

  public static final String NO_FILE = "/dev/null";
  private static final int CONTEXT_LINES = 3;

  private UnifiedDiff() {}

  /** @param before null for a file that does not exist yet; @param after null for one that goes */
  public static List<String> of(String beforeName, String before, String afterName, String after) {
    List<String> beforeLines = lines(before);
    List<String> afterLines = lines(after);
    if (beforeLines.equals(afterLines)) {
      return List.of();
    }
    return UnifiedDiffUtils.generateUnifiedDiff(before == null ? NO_FILE : beforeName,
        after == null ? NO_FILE : afterName, beforeLines, DiffUtils.diff(beforeLines, afterLines), CONTEXT_LINES);
  }

  private static List<String> lines(String text) {
    return text == null || text.isEmpty() ? List.of() : List.of(text.split("\n", -1));
  }
}
