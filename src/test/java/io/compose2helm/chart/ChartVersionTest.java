package io.compose2helm.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.compose2helm.chart.ChartVersion.Bump;
import io.compose2helm.diagnostics.InputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChartVersionTest {

  @TempDir Path chart;

  @Test
  void resolve_newChart_startsAtTheInitialVersions() {
    assertEquals(ChartVersion.INITIAL, ChartVersion.resolve(chart.resolve("none"), null, null, null));
  }

  @Test
  void bump_numbersBeyond32Bits_stillIncrement() {
    assertEquals("2147483648.0.0", ChartVersion.bump("2147483647.9.9", ChartVersion.Bump.MAJOR));
    assertEquals("1.2.99999999999999999999", ChartVersion.bump("1.2.99999999999999999998", ChartVersion.Bump.PATCH));
  }

  @Test
  void resolve_existingChart_keepsBothVersions() throws IOException {
    writeChartYaml("1.4.2", "2024.5");
    assertEquals(new ChartVersion("1.4.2", "2024.5"), ChartVersion.resolve(chart, null, null, null));
  }

  @Test
  void resolve_bumpAndAppVersion_changeOnlyWhatWasAsked() throws IOException {
    writeChartYaml("1.4.2", "2024.5");
    assertEquals(new ChartVersion("1.5.0", "2.0.0"), ChartVersion.resolve(chart, null, Bump.MINOR, "2.0.0"));
  }

  @Test
  void resolve_explicitVersion_replacesTheExistingOne() throws IOException {
    writeChartYaml("1.4.2", "1.0.0");
    assertEquals("3.0.0", ChartVersion.resolve(chart, "3.0.0", null, null).version());
  }

  @Test
  void resolve_invalidVersion_isAnInputError() {
    assertThrows(InputException.class, () -> ChartVersion.resolve(chart, "v1", null, null));
  }

  @Test
  void bump_eachPart_followsSemver() {
    assertEquals("1.2.4", ChartVersion.bump("1.2.3", Bump.PATCH));
    assertEquals("1.3.0", ChartVersion.bump("1.2.3", Bump.MINOR));
    assertEquals("2.0.0", ChartVersion.bump("1.2.3", Bump.MAJOR));
    assertEquals("1.2.3", ChartVersion.bump("1.2.3-rc.1", Bump.PATCH));
  }

  private void writeChartYaml(String version, String appVersion) throws IOException {
    Files.writeString(chart.resolve("Chart.yaml"),
        "apiVersion: v2\nname: app\nversion: " + version + "\nappVersion: \"" + appVersion + "\"\n");
  }
}
