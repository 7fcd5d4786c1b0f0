package io.compose2helm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The build step that has the launcher make its startup archive ({@link StartupArchive}), against
 * launchers that stand in for bin/compose2helm: it reports what the launcher made, and a launcher that
 * made none, failed or is missing only gives a message, never a failed build. LauncherTest runs the
 * real launcher's side of it.
 */
class StartupArchiveTest {

  @TempDir Path scratch;

  private Path launcher(String script) throws IOException {
    Path launcher = scratch.resolve("compose2helm");
    Files.writeString(launcher, script);
    return launcher;
  }

  @Test
  void make_launcherPrintsItsArchive_reportsIt() throws IOException {
    Path launcher = launcher("[[ \"$" + StartupArchive.REQUEST + "\" == 1 ]] && echo /cache/compose2helm-1.jsa\n");
    assertEquals("startup archive /cache/compose2helm-1.jsa", StartupArchive.make(launcher));
  }

  @Test
  void make_launcherMadeNone_saysSo() throws IOException {
    assertEquals("no startup archive now (archives off, no writable cache, another run making it, or a JDK that cannot)",
        StartupArchive.make(launcher("echo none\n")));
  }

  @Test
  void make_launcherFails_reportsWhatItPrinted() throws IOException {
    String report = StartupArchive.make(launcher("echo 'compose2helm: the jar is missing' >&2; exit 1\n"));
    assertEquals("no startup archive now (bin/compose2helm exited with 1: compose2helm: the jar is missing);"
        + " a first run makes it", report);
  }

  @Test
  void make_launcherPrintsMoreThanAPath_reportsWhatItPrinted() throws IOException {
    assertEquals("no startup archive now (bin/compose2helm printed: one\ntwo); a first run makes it",
        StartupArchive.make(launcher("echo one; echo two\n")));
  }

  @Test
  void make_noLauncher_reportsItWithoutThrowing() {
    String report = StartupArchive.make(scratch.resolve("missing"));
    assertTrue(report.startsWith("no startup archive now (bin/compose2helm exited with 127: "), report);
  }
}
