package io.compose2helm.diagnostics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.compose2helm.diagnostics.InputLog.Access;
import io.compose2helm.diagnostics.InputLog.Kind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputLogTest {

  @TempDir Path temp;

  @Test
  void stop_afterReadsAndProbes_listsThemInOrderWithTheReadFilesStamps() throws Exception {
    Path file = Files.writeString(temp.resolve("compose.yaml"), "services: {}\n");
    Path missing = temp.resolve("compose.override.yaml");
    InputLog.start();
    assertArrayEquals(Files.readAllBytes(file), InputLog.readAllBytes(file));
    assertFalse(InputLog.isRegularFile(missing));
    assertTrue(InputLog.isDirectory(temp));
    InputLog.Recording recording = InputLog.stop();

    assertTrue(recording.stable());
    assertEquals(List.of(new Access(file, Kind.FILE, InputLog.stamp(file)), new Access(missing, Kind.MISSING, null),
        new Access(temp, Kind.DIRECTORY, null)), recording.accesses());
    assertFalse(InputLog.stamp(file).text().contains("services"), "a stamp, not the content");
  }

  @Test
  void readAllBytes_notRecording_recordsNothing() throws Exception {
    Path file = Files.writeString(temp.resolve("a.env"), "A=1\n");
    InputLog.readAllBytes(file);
    InputLog.start();
    InputLog.Recording recording = InputLog.stop();
    assertEquals(List.of(), recording.accesses());
    assertEquals(List.of(), InputLog.stop().accesses(), "a second stop");
  }

  @Test
  void stamp_fileRewrittenWithTheSameSize_changes() throws Exception {
    Path file = Files.writeString(temp.resolve("a.env"), "A=1\n");
    InputLog.Stamp before = InputLog.stamp(file);
    Thread.sleep(20); // past the kernel's coarse clock tick
    Files.writeString(file, "A=2\n");
    assertNotEquals(before, InputLog.stamp(file));
    assertNull(InputLog.stamp(temp.resolve("gone")));
  }
}
