package io.compose2helm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.commons.text.StringEscapeUtils;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs the real Bitnami readme-generator-for-helm, pinned, over every golden chart: it accepts the
 * values.yaml metadata (it fails on a key without {@code @param} or a {@code @param} without a key)
 * and the Parameters tables it writes hold the rows of the README compose2helm wrote. The tool comes
 * from the npm registry into target/; where node, npm or the registry is missing the test is skipped
 * with the reason, and {@link io.compose2helm.testing.ValuesDocsCheck} remains the gate.
 */
class ReadmeGeneratorTest {

  static final String PACKAGE = "@bitnami/readme-generator-for-helm@2.7.2";
  private static final Path INSTALL = Path.of("target/readme-generator");
  private static final Path TOOL = INSTALL.resolve("node_modules/@bitnami/readme-generator-for-helm/bin/index.js");
  private static final Path GOLDEN = Path.of("src/test/resources/golden-expected");

  private static String skipReason;

  @BeforeAll
  static void installTool() throws IOException, InterruptedException {
    if (Files.exists(TOOL)) {
      return;
    }
    if (!onPath("node") || !onPath("npm")) {
      skipReason = "node or npm is not on PATH";
      return;
    }
    Files.createDirectories(INSTALL);
    Process npm = new ProcessBuilder("npm", "install", "--prefix", INSTALL.toString(), "--no-audit", "--no-fund",
        "--no-save", "--fetch-retries=1", "--fetch-timeout=30000", PACKAGE)
        .redirectErrorStream(true)
        .redirectOutput(INSTALL.resolve("npm-install.log").toFile())
        .start();
    if (!npm.waitFor(5, TimeUnit.MINUTES)) {
      npm.destroyForcibly();
      skipReason = "npm install " + PACKAGE + " did not finish (registry unreachable?)";
    } else if (npm.exitValue() != 0 || !Files.exists(TOOL)) {
      skipReason = "npm install " + PACKAGE + " failed (registry unreachable?): "
          + Files.readString(INSTALL.resolve("npm-install.log")).strip();
    }
  }

  static Stream<Path> goldenCharts() throws IOException {
    try (Stream<Path> charts = Files.list(GOLDEN)) {
      return charts.filter(chart -> Files.exists(chart.resolve("values.yaml"))).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goldenCharts")
  void readmeGenerator_goldenChart_acceptsMetadataAndWritesOurTable(Path chart, @TempDir Path temp)
      throws IOException, InterruptedException {
    assumeTrue(skipReason == null, () -> "skipped: " + skipReason);
    Path readme = temp.resolve("README.md");
    Files.copy(chart.resolve("README.md"), readme);
    Path log = temp.resolve("readme-generator.log");
    Process tool = new ProcessBuilder("node", TOOL.toString(), "--values", chart.resolve("values.yaml").toString(),
        "--readme", readme.toString())
        .redirectErrorStream(true)
        .redirectOutput(log.toFile())
        .start();
    assertTrue(tool.waitFor(2, TimeUnit.MINUTES), "readme-generator did not finish");
    String output = Files.readString(log);
    assertEquals(0, tool.exitValue(), output);
    assertTrue(output.contains("INFO: Metadata is correct!"), output);
    List<String> ours = tableRows(Files.readString(chart.resolve("README.md")));
    List<String> theirs = tableRows(Files.readString(readme));
    for (int i = 0; i < Math.min(ours.size(), theirs.size()); i++) {
      assertEquals(ours.get(i), theirs.get(i), "row " + (i + 1) + " of the tool's Parameters tables differs from ours");
    }
    assertEquals(ours.size(), theirs.size(), "rows in the Parameters tables");
  }

  /**
   * The lines of the Parameters tables, without the column padding the tool adds, with our escapes
   * undone: HTML entities (we escape {@code <service>}, which the tool leaves for Markdown to take for
   * a tag) and {@code \|} (the tool does not escape a pipe in a cell).
   */
  private static List<String> tableRows(String readme) {
    String text = readme.replace("\r", "");
    List<String> rows = new ArrayList<>();
    for (String line : text.substring(text.indexOf("## Parameters")).split("\n")) {
      if (line.startsWith("| `")) {
        rows.add(StringEscapeUtils.unescapeHtml4(line.replace("\\|", "|")).replaceAll(" *\\| *", "|"));
      }
    }
    return rows;
  }

  private static boolean onPath(String command) {
    String path = System.getenv("PATH");
    return path != null && Stream.of(path.split(File.pathSeparator))
        .anyMatch(dir -> Files.isExecutable(Path.of(dir, command)));
  }
}
