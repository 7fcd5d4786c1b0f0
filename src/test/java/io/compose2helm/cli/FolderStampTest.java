package io.compose2helm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderStampTest {

  @TempDir Path temp;

  private static String stamp(Path folder) {
    return FolderStamp.of(folder, Long.MAX_VALUE);
  }

  @Test
  void of_anyChangeUnderTheFolder_givesAnotherText() throws Exception {
    Path folder = Files.createDirectories(temp.resolve("tree"));
    Files.writeString(folder.resolve("a.yaml"), "a: 1\n");
    String before = stamp(folder);
    assertEquals(before, stamp(folder), "the same tree");
    assertFalse(before.contains("a: 1"), "no content");

    Files.createDirectories(folder.resolve("empty"));
    String withFolder = stamp(folder);
    assertNotEquals(before, withFolder, "an empty folder added");
    Files.createSymbolicLink(folder.resolve("link"), Path.of("a.yaml"));
    String withLink = stamp(folder);
    assertNotEquals(withFolder, withLink, "a link added");
    Thread.sleep(20); // past the kernel's coarse clock tick
    Files.writeString(folder.resolve("a.yaml"), "a: 2\n");
    assertNotEquals(withLink, stamp(folder), "same size, other content");
    assertEquals(FolderStamp.MISSING, stamp(temp.resolve("missing")));

    Path linked = Files.createSymbolicLink(temp.resolve("linked"), folder);
    String throughLink = stamp(linked);
    Thread.sleep(20);
    Files.writeString(folder.resolve("a.yaml"), "a: 3\n");
    assertNotEquals(throughLink, stamp(linked), "a chart folder that is a link is walked where it points");
  }

  @Test
  void of_fileChangedAfterTheLimit_isNull() throws IOException {
    Path folder = Files.createDirectories(temp.resolve("tree"));
    Files.writeString(folder.resolve("a.yaml"), "a: 1\n");
    assertNull(FolderStamp.of(folder, System.currentTimeMillis() - 60_000), "changed within the last minute");
    assertEquals(stamp(folder), FolderStamp.of(folder, System.currentTimeMillis() + 60_000));
  }
}
