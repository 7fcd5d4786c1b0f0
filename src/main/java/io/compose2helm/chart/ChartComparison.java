package io.compose2helm.chart;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Compares the chart on disk with what a run would write, for {@code compose2helm check}. Overlays
 * the user already has are carried over and so never differ; only a missing one does.
 */
public final class ChartComparison {

  private ChartComparison() {}

  /** Unified diffs ({@code a/} is the disk, {@code b/} the would-be chart), file by file; empty when up to date. */
  public static List<String> diff(Path chartDir, ChartUpdate update) {
    if (update.unchanged()) {
      return List.of(); // every file is on disk byte for byte: none need be read and compared again
    }
    List<String> out = new ArrayList<>();
    for (Map.Entry<String, String> file : update.files().entrySet()) {
      out.addAll(UnifiedDiff.of("a/" + file.getKey(), read(chartDir.resolve(file.getKey())),
          "b/" + file.getKey(), file.getValue()));
    }
    for (String removed : update.removed()) {
      out.addAll(UnifiedDiff.of("a/" + removed, read(chartDir.resolve(removed)), "b/" + removed, null));
    }
    return out;
  }

  private static String read(Path file) {
    if (!Files.isRegularFile(file)) {
      return null;
    }
    try {
      return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }
}
