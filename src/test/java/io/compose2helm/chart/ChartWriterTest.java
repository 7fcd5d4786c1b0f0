package io.compose2helm.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.compose2helm.diagnostics.Diagnostic;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The atomic swap leaves nothing behind without saying so. */
class ChartWriterTest {

  private static final Map<String, String> FILES = Map.of("Chart.yaml", "name: c\n", "values.yaml", "a: 1\n");

  @TempDir Path temp;

  @Test
  void write_previousChartThatCannotBeDeleted_isReported() {
    Path chart = temp.resolve("chart");
    new ChartWriter().write(chart, FILES);
    // A read-only file system (or, for a user other than root, a read-only tree) refuses the delete.
    ChartWriter writer = new ChartWriter(root -> root.getFileName().toString().startsWith(".chart.old-")
        ? List.of(root.resolve("values.yaml")) : ChartWriter.deleteTree(root));
    List<Diagnostic> warnings = writer.write(chart, FILES);
    assertEquals(1, warnings.size(), warnings.toString());
    String message = warnings.get(0).format();
    assertTrue(message.matches(".*/\\.chart\\.old-\\d+: warning: the previous chart was moved here but could not be"
        + " deleted \\(1 entries left, for example .*values\\.yaml\\); delete it by hand"), message);
  }
}
