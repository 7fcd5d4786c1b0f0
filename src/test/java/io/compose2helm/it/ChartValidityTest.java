package io.compose2helm.it;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every sample and fixture chart passes strict lint, renders, matches the Kubernetes API, and every
 * host its containers name resolves to a Service with that port.
 */
class ChartValidityTest {

  static List<Path> composeFiles() {
    return Conversion.sampleAndFixtureComposeFiles();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("composeFiles")
  void convert_lintsRendersAndValidatesInEveryEnvironment(Path composeFile, @TempDir Path temp) {
    Path chart = temp.resolve("chart");
    Conversion.convert(composeFile, chart);
    ChartReachability.assertValidAndReachable("samples and fixtures", chart, ProjectNames.of(List.of(composeFile), List.of(), true));
  }

  @AfterAll
  static void printFigure() {
    ChartReachability.printFigure("samples and fixtures");
  }
}
