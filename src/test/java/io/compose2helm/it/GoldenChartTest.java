package io.compose2helm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.compose2helm.testing.FileTrees;
import io.compose2helm.testing.ValuesDocsCheck;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each sample and fixture converts to exactly the chart stored under
 * src/test/resources/golden-expected, whose values.yaml documents every key ({@link ValuesDocsCheck}). After an intended change, regenerate with {@code mvn test
 * -DregenerateGolden=true} and review the diff.
 */
class GoldenChartTest {

  private static final Path EXPECTED_ROOT = Path.of("src/test/resources/golden-expected");
  private static final Path OUTPUT_ROOT = Path.of("target/golden-output");
  private static final boolean REGENERATE = Boolean.getBoolean("compose2helm.regenerateGolden");

  static List<Path> composeFiles() {
    return Conversion.sampleAndFixtureComposeFiles();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("composeFiles")
  void convert_matchesGoldenChart(Path composeFile) throws IOException {
    // A fixed place: the deploy script records paths relative to the chart folder.
    Path output = OUTPUT_ROOT.resolve(composeFile.getParent().getFileName().toString());
    FileTrees.delete(output);
    Conversion.convert(composeFile, output);
    Path expected = EXPECTED_ROOT.resolve(composeFile.getParent().getFileName().toString());
    if (REGENERATE) {
      FileTrees.delete(expected);
      FileTrees.copy(output, expected);
    }
    ValuesDocsCheck.assertDocumented(output.resolve("values.yaml"));
    Map<String, String> actualFiles = Conversion.readTree(output);
    Map<String, String> expectedFiles = Conversion.readTree(expected);
    assertEquals(expectedFiles.keySet(), actualFiles.keySet(), "the chart's file list differs from " + expected);
    expectedFiles.forEach((path, content) ->
        assertEquals(content, actualFiles.get(path), () -> path + " differs from " + expected.resolve(path)));
  }

  @Test
  void convert_twice_givesIdenticalBytes(@TempDir Path temp) {
    Path composeFile = Path.of("samples/bytelyst/docker-compose.yml");
    Conversion.convert(composeFile, temp.resolve("first"));
    Conversion.convert(composeFile, temp.resolve("second"));
    assertEquals(Conversion.readTree(temp.resolve("first")), Conversion.readTree(temp.resolve("second")));
  }
}
