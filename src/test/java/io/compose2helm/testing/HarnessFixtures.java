package io.compose2helm.testing;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;

/** Gives each test its own writable copy of the hand-written valid chart. */
final class HarnessFixtures {

  private HarnessFixtures() {}

  static Path validChart() {
    try {
      return Path.of(HarnessFixtures.class.getResource("/harness/valid-chart").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Copies the valid chart to {@code parent/valid-chart} so a test may break it. */
  static Path copyOfValidChart(Path parent) throws IOException {
    Path source = validChart();
    Path target = parent.resolve("valid-chart");
    FileTrees.copy(source, target);
    return target;
  }
}
