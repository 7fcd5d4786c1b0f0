package io.compose2helm.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The build's last step: has bin/compose2helm make its startup archive now (in the user's cache, as
 * the launcher names and checks it), so that the first run after {@code mvn package} starts warm; the
 * launcher alone would make it only after that run, and on a fresh CI machine every run is the first
 * (the sample without its render cache: about 400 ms without the archive, 280 with it, on the 2-core
 * machine). Only the launcher knows the archive's name, options and recording, so this step runs it
 * and reports what it printed. Without bash, a writable cache or an archive-capable JDK the build
 * goes on; the launcher then makes the archive after a first run, as before.
 */
public final class StartupArchive {

  /**
   * Set to 1, the launcher makes the archive in the foreground, prints its path (or "none") and runs
   * nothing. bin/compose2helm reads this name; LauncherTest runs the real launcher with this constant.
   */
  public static final String REQUEST = "COMPOSE2HELM_MAKE_ARCHIVE";

  private StartupArchive() {}

  /** The build step: {@code args[0]} is the checkout holding bin/compose2helm and the built jar. */
  public static void main(String[] args) {
    System.out.println("[compose2helm] " + make(Path.of(args[0], "bin", "compose2helm")));
  }

  /**
   * Runs {@code launcher} to make the archive.
   *
   * @return what happened, for the build's log; never throws for a launcher that cannot run
   */
  static String make(Path launcher) {
    ProcessBuilder builder = new ProcessBuilder("bash", launcher.toString()).redirectErrorStream(true);
    builder.environment().put(REQUEST, "1");
    try {
      Process process = builder.start();
      process.getOutputStream().close();
      // Its one line comes once the archive is made (a few seconds): the launcher then exits.
      String printed = readAll(process.getInputStream()).strip();
      int status = process.waitFor();
      if (status != 0) {
        return "no startup archive now (bin/compose2helm exited with " + status + ": " + printed
            + "); a first run makes it";
      }
      if (printed.isEmpty() || printed.contains("\n")) {
        return "no startup archive now (bin/compose2helm printed: " + printed + "); a first run makes it";
      }
      return printed.equals("none")
          ? "no startup archive now (archives off, no writable cache, another run making it, or a JDK that cannot)"
          : "startup archive " + printed;
    } catch (IOException e) {
      return "no startup archive now (" + e.getMessage() + "); a first run makes it";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "no startup archive now (interrupted); a first run makes it";
    }
  }

  private static String readAll(InputStream in) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    in.transferTo(bytes);
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
