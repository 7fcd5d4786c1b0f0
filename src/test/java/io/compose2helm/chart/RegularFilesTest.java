package io.compose2helm.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegularFilesTest {

  @TempDir Path root;

  @Test
  void under_nestedFolders_listsTheFilesSortedWithSlashes() throws IOException {
    Files.createDirectories(root.resolve("templates/sub"));
    Files.createDirectories(root.resolve("empty"));
    Files.writeString(root.resolve("values.yaml"), "a: 1\n");
    Files.writeString(root.resolve("templates/sub/b.yaml"), "");
    Files.writeString(root.resolve("templates/a.yaml"), "");
    assertEquals(List.of("templates/a.yaml", "templates/sub/b.yaml", "values.yaml"), RegularFiles.under(root));
  }

  @Test
  void under_links_countsALinkToAFileAndDoesNotFollowOneToAFolder() throws IOException {
    Path outside = Files.createDirectories(root.resolve("outside"));
    Files.writeString(outside.resolve("hidden.yaml"), "");
    Path chart = Files.createDirectories(root.resolve("chart"));
    Files.writeString(chart.resolve("real.yaml"), "");
    Files.createSymbolicLink(chart.resolve("linked.yaml"), chart.resolve("real.yaml"));
    Files.createSymbolicLink(chart.resolve("folder"), outside);
    Files.createSymbolicLink(chart.resolve("dangling.yaml"), chart.resolve("missing.yaml"));
    assertEquals(List.of("linked.yaml", "real.yaml"), RegularFiles.under(chart));
    assertEquals(walkedAsBefore(chart), RegularFiles.under(chart), "what Files.walk and isRegularFile list");
  }

  @Test
  void under_missingFolder_isEmpty() throws IOException {
    assertEquals(List.of(), RegularFiles.under(root.resolve("not-yet")));
  }

  private static List<String> walkedAsBefore(Path chart) throws IOException {
    List<String> files = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(chart)) {
      for (Path path : (Iterable<Path>) walk::iterator) {
        if (Files.isRegularFile(path)) {
          files.add(chart.relativize(path).toString().replace('\\', '/'));
        }
      }
    }
    Collections.sort(files);
    return files;
  }
}
