package io.compose2helm.it;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every sample and fixture chart passes strict lint, renders, and matches the Kubernetes API. */
class ChartValidityTest {

  static List<Path> composeFiles() {
    return Conversion.sampleAndFixtureComposeFiles();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("composeFiles")
  void convert_lintsRendersAndValidatesInEveryEnvironment(Path composeFile, @TempDir Path temp) {
    Path chart = temp.resolve("chart");
    Conversion.convert(composeFile, chart);
    ChartValidation.validateAllEnvironments(chart);
  }
}
