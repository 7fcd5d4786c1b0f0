package io.compose2helm.compose;

import static org.junit.jupiter.api.Assertions.assertThrows;

import io.compose2helm.compose.env.Interpolator;
import io.compose2helm.diagnostics.Diagnostics;
import io.compose2helm.diagnostics.InputException;
import io.compose2helm.diagnostics.SourceLocation;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;

/** Loads fixtures from src/test/resources/compose by a relative path, as a user would name them. */
final class ComposeTestSupport {

  static final Path FIXTURES = Path.of("src", "test", "resources", "compose");

  private ComposeTestSupport() {}

  static Path fixture(String relative) {
    return FIXTURES.resolve(relative);
  }

  static ComposeProject load(String relative, Diagnostics diagnostics) {
    return new ComposeLoader()
        .load(new LoadRequest(List.of(fixture(relative)), List.of(), Map.of(), null), diagnostics);
  }

  static ComposeProject load(String relative) {
    return load(relative, new Diagnostics());
  }

  static InputException loadFails(String relative) {
    return assertThrows(InputException.class, () -> load(relative));
  }

  /**
   * Skips a test while the env package (Interpolator, DotenvParser, EnvFiles from branch h-env) is
   * still a stub on this branch; once merged, the test runs.
   */
  static void assumeEnvPackageImplemented() {
    boolean ready;
    try {
      new Interpolator(name -> "x").interpolate("$A", SourceLocation.ofFile("probe"), "", new Diagnostics());
      new io.compose2helm.compose.env.DotenvParser().parse("probe", "A=1\n", name -> null);
      ready = true;
    } catch (UnsupportedOperationException e) {
      ready = false;
    }
    Assumptions.assumeTrue(ready, "env package (h-env) not merged yet");
  }
}
