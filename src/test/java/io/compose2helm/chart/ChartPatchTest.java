package io.compose2helm.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.compose2helm.diagnostics.InputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An existing chart is updated in place: only what changes is written, and a failed write changes nothing. */
class ChartPatchTest {

  private static final FileTime LONG_AGO = FileTime.fromMillis(1_000_000_000_000L);

  @TempDir Path temp;

  private static Map<String, String> generated(String values, String... extra) {
    Map<String, String> files = new TreeMap<>();
    files.put("Chart.yaml", "name: app\n");
    files.put("values.yaml", values);
    files.put("templates/service.yaml", "kind: Service\n");
    for (int i = 0; i < extra.length; i += 2) {
      files.put(extra[i], extra[i + 1]);
    }
    files.put(ChartManifest.PATH, ChartManifest.of("test", files, List.of("web")).render());
    return files;
  }

  private Path chartOf(Map<String, String> files) throws IOException {
    Path chart = temp.resolve("chart");
    new ChartWriter().write(chart, files);
    try (Stream<Path> walk = Files.walk(chart)) {
      for (Path path : walk.toList()) {
        Files.setLastModifiedTime(path, LONG_AGO);
      }
    }
    return chart;
  }

  private static List<String> filesUnder(Path chart) throws IOException {
    List<String> names = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(chart)) {
      for (Path path : walk.sorted().toList()) {
        names.add(chart.relativize(path).toString());
      }
    }
    return names;
  }

  @Test
  void write_oneFileChanged_writesItAndTheManifestAndLeavesTheRestAsItWas() throws IOException {
    Path chart = chartOf(generated("a: 1\n"));
    List<String> before = filesUnder(chart);

    Map<String, String> edited = generated("a: 2\n");
    ChartUpdate update = ChartUpdate.plan(chart, edited, false);
    assertEquals(List.of(ChartManifest.PATH, "values.yaml"), List.copyOf(update.changed()));
    new ChartWriter().write(chart, update);

    assertEquals("a: 2\n", Files.readString(chart.resolve("values.yaml")));
    assertEquals(edited.get(ChartManifest.PATH), Files.readString(chart.resolve(ChartManifest.PATH)));
    assertEquals(LONG_AGO, Files.getLastModifiedTime(chart.resolve("Chart.yaml")));
    assertEquals(LONG_AGO, Files.getLastModifiedTime(chart.resolve("templates/service.yaml")));
    assertEquals(before, filesUnder(chart), "no scratch file is left, none is missing");
    assertTrue(ChartUpdate.plan(chart, edited, false).unchanged());
  }

  @Test
  void write_fileNoLongerGenerated_goesWithTheFolderOnlyItWasIn() throws IOException {
    Path chart = chartOf(generated("a: 1\n", "files/web/nginx.conf", "listen 80;\n", "files/keep.txt", "x\n"));

    new ChartWriter().write(chart, generated("a: 1\n", "files/keep.txt", "x\n"));

    assertFalse(Files.exists(chart.resolve("files/web")));
    assertEquals("x\n", Files.readString(chart.resolve("files/keep.txt")));
  }

  @Test
  void write_filesOfTheUsersOwn_stayAsTheyAre() throws IOException {
    Path chart = chartOf(generated("a: 1\n"));
    Files.writeString(chart.resolve("env-notes.txt"), "mine\n");
    Files.createDirectories(chart.resolve("env"));
    Files.writeString(chart.resolve("env/prod.yaml"), "replicas: 5\n");

    new ChartWriter().write(chart, generated("a: 2\n", "env/prod.yaml", "replicas: 2\n"));

    assertEquals("mine\n", Files.readString(chart.resolve("env-notes.txt")));
    assertEquals("replicas: 5\n", Files.readString(chart.resolve("env/prod.yaml")));
  }

  @Test
  void write_scriptWithTheSameBytesButNotExecutable_becomesExecutable() throws IOException {
    Path chart = chartOf(generated("a: 1\n", "deploy-local.sh", "echo hi\n"));
    Files.setPosixFilePermissions(chart.resolve("deploy-local.sh"), PosixFilePermissions.fromString("rw-r--r--"));

    ChartUpdate update = ChartUpdate.plan(chart, generated("a: 1\n", "deploy-local.sh", "echo hi\n"), false);
    assertEquals(List.of("deploy-local.sh"), List.copyOf(update.changed()));
    new ChartWriter().write(chart, update);

    assertTrue(Files.isExecutable(chart.resolve("deploy-local.sh")));
  }

  @Test
  void write_directoryInAFilesPlace_leavesTheChartAsItWasAndNamesThePlace() throws IOException {
    Path chart = chartOf(generated("a: 1\n"));
    Files.createDirectories(chart.resolve("templates/new.yaml/inside"));
    List<String> before = filesUnder(chart);

    Map<String, String> next = generated("a: 2\n", "templates/new.yaml", "kind: ConfigMap\n");
    next.put("Chart.yaml", "name: app2\n");
    InputException e = assertThrows(InputException.class,
        () -> new ChartWriter().write(chart, ChartUpdate.plan(chart, next, false)));

    assertEquals("--output", e.diagnostics().get(0).key());
    assertTrue(e.getMessage().contains("cannot write the chart: " + chart.resolve("templates/new.yaml") + ": it is a directory"),
        e.getMessage());
    assertEquals(before, filesUnder(chart), "Chart.yaml's scratch file, written first, is gone again");
    assertEquals("name: app\n", Files.readString(chart.resolve("Chart.yaml")));
    assertEquals("a: 1\n", Files.readString(chart.resolve("values.yaml")));
  }

  @Test
  void write_fileInAFoldersPlace_removesTheFoldersItMadeAndNamesThePlace() throws IOException {
    Path chart = chartOf(generated("a: 1\n"));
    Files.writeString(chart.resolve("files"), "a file of the user's\n");
    List<String> before = filesUnder(chart);

    Map<String, String> next = generated("a: 2\n", "files/web/deep/nginx.conf", "listen 80;\n", "a/b/c.txt", "x\n");
    InputException e = assertThrows(InputException.class,
        () -> new ChartWriter().write(chart, ChartUpdate.plan(chart, next, false)));

    assertTrue(e.getMessage().contains(chart.resolve("files") + ": it is a file, not a directory"), e.getMessage());
    assertEquals(before, filesUnder(chart), "the folders a/b made for a/b/c.txt are gone again");
  }

  @Test
  void write_updatePlannedForAnotherFolder_isRefused() throws IOException {
    Path chart = chartOf(generated("a: 1\n"));
    Path other = Files.createDirectories(temp.resolve("other"));
    ChartUpdate update = ChartUpdate.plan(other, generated("a: 2\n"), false);

    assertThrows(IllegalArgumentException.class, () -> new ChartWriter().write(chart, update));
    assertEquals("a: 1\n", Files.readString(chart.resolve("values.yaml")));
  }
}
