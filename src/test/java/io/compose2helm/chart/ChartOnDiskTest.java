package io.compose2helm.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.compose2helm.diagnostics.InputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChartOnDiskTest {

  @TempDir Path chart;

  private void writeChart() {
    Map<String, String> files = new TreeMap<>();
    files.put("Chart.yaml", "name: app\n");
    files.put("values.yaml", "a: 1\n");
    files.put("env/prod.yaml", "replicas: 2\n");
    files.put(ChartManifest.PATH, ChartManifest.of("test", files, List.of("web")).render());
    new ChartWriter().write(chart, ChartUpdate.plan(chart, files, false));
  }

  @Test
  void start_writtenChart_holdsItsManifestFilesAndBytes() throws IOException {
    writeChart();
    Files.writeString(chart.resolve("NOTES.md"), "mine\n");
    ChartOnDisk onDisk = ChartOnDisk.start(chart).get();
    assertEquals(List.of("web"), onDisk.manifest().orElseThrow().services());
    assertTrue(onDisk.files().containsAll(List.of(ChartManifest.PATH, "Chart.yaml", "NOTES.md", "env/prod.yaml",
        "values.yaml")), onDisk.files().toString());
    assertEquals(onDisk.files().stream().sorted().toList(), onDisk.files(), "sorted");
    assertArrayEquals("a: 1\n".getBytes(StandardCharsets.UTF_8), onDisk.bytesOf("values.yaml"));
  }

  @Test
  void bytesOf_fileEditedAfterTheRead_isTheBytesAsRead() throws IOException {
    writeChart();
    ChartOnDisk onDisk = ChartOnDisk.read(chart);
    Files.writeString(chart.resolve("values.yaml"), "a: 2\n");
    assertArrayEquals("a: 1\n".getBytes(StandardCharsets.UTF_8), onDisk.bytesOf("values.yaml"),
        "the manifest's files are read with the folder");
  }

  @Test
  void bytesOf_fileTheManifestDoesNotList_isReadWhenAskedFor() throws IOException {
    writeChart();
    ChartOnDisk onDisk = ChartOnDisk.read(chart);
    Files.writeString(chart.resolve("extra.yaml"), "b: 1\n");
    assertArrayEquals("b: 1\n".getBytes(StandardCharsets.UTF_8), onDisk.bytesOf("extra.yaml"));
    assertNull(onDisk.bytesOf("missing.yaml"));
  }

  @Test
  void start_newChart_isEmpty() {
    ChartOnDisk onDisk = ChartOnDisk.start(chart.resolve("not-yet")).get();
    assertTrue(onDisk.manifest().isEmpty());
    assertEquals(List.of(), onDisk.files());
  }

  @Test
  void get_damagedManifest_throwsTheInputError() throws IOException {
    writeChart();
    Files.writeString(chart.resolve(ChartManifest.PATH), "files: [unclosed\n");
    ChartOnDisk.Reading reading = ChartOnDisk.start(chart);
    InputException error = assertThrows(InputException.class, reading::get);
    assertTrue(error.getMessage().contains("manifest is damaged"), error.getMessage());
  }
}
