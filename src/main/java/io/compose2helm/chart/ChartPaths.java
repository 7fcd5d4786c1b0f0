package io.compose2helm.chart;

import java.nio.file.Path;

/** Paths as the chart records them: relative to the chart folder, with forward slashes. */
public final class ChartPaths {

  private ChartPaths() {}

  public static Path directoryOf(Path file) {
    Path parent = file.toAbsolutePath().normalize().getParent();
    return parent == null ? Path.of(".").toAbsolutePath() : parent;
  }

  /**
   * {@code target} relative to the chart folder {@code chart}. Relative, so the emitted files do
   * not depend on where the repository is checked out.
   */
  public static String relative(Path chart, Path target) {
    Path from = chart.toAbsolutePath().normalize();
    Path to = target.toAbsolutePath().normalize();
    String text = from.relativize(to).toString().replace('\\', '/');
    return text.isEmpty() ? "." : text;
  }
}
