package io.compose2helm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.compose2helm.cli.ExitCodes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** x-compose2helm.workloadClass settles a server's class; a Job's class stays job, and it says so. */
class WorkloadClassHintTest {

  @TempDir Path temp;

  private Conversion.Run convert(String compose) {
    return Conversion.convertInline(temp, compose);
  }

  @Test
  void convert_hintOnAJob_isWarnedAboutAndTheClassStaysJob() throws IOException {
    Conversion.Run run = convert("""
        services:
          migrate:
            image: shop/migrate:1
            command: ["./migrate", "up"]
            restart: "no"
            x-compose2helm: {kind: Job, workloadClass: cache}
        """);
    assertEquals(ExitCodes.OK, run.exitCode(), run.err());
    assertTrue(run.err().contains("services.migrate.x-compose2helm.workloadClass: cache not kept: the service runs once,"
        + " as a Job, whose class is job"), run.err());
    assertTrue(Files.readString(temp.resolve("out/values.yaml")).contains("    workloadClass: job\n"));
  }

  @Test
  void convert_hintNamingJobOrAnUnknownClass_isAnError() throws IOException {
    for (String hint : new String[] {"job", "cahce"}) {
      Conversion.Run run = convert("services:\n  web:\n    image: nginx:1.27\n    x-compose2helm: {workloadClass: " + hint + "}\n");
      assertEquals(ExitCodes.INVALID_INPUT, run.exitCode(), hint + ": " + run.err());
      assertTrue(run.err().contains("services.web.x-compose2helm.workloadClass: must be stateless, stateful or cache"),
          run.err());
    }
  }
}
