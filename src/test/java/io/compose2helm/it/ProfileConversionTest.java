package io.compose2helm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.compose2helm.it.Conversion.Run;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileConversionTest {

  private static final String FIXTURE = "src/test/resources/config-fixtures/profiles/docker-compose.yml";

  @Test
  void convert_activeProfile_enablesOnlyThatProfilesServices(@TempDir Path temp) {
    Run run = Conversion.run(FIXTURE, "--profile", "debug", "-o", temp.resolve("chart").toString());

    assertEquals(0, run.exitCode(), run.err());
    assertFalse(run.err().contains("services.debug.profiles"), run.err());
    assertTrue(run.err().contains("services.metrics.profiles"), run.err());
  }
}
