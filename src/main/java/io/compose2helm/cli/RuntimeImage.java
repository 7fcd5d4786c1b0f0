package io.compose2helm.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;

/**
 * The build step that makes {@code target/runtime}: a copy of the JDK running the build, trimmed by
 * jlink to the modules compose2helm uses, with its own class-data-sharing archive. A JVM resolves
 * every module of its image at start (about seventy in a JDK, 20 to 30 ms of JVM start on the 2-core
 * machine with the serial collector, which cannot map JDK 17's archived module graph); this image
 * holds fifteen. bin/compose2helm runs it instead of that JDK only when it was made from the very
 * java the launcher would run ({@link #SOURCE_FILE} records that file's stamp as {@code stat -L -c
 * '%s-%.9Y-%i'} prints it), so it is the same JDK, only smaller; else it runs that JDK as before.
 * Without jlink (a JRE, a JDK without its modules) the build goes on without the image.
 */
public final class RuntimeImage {

  /** The file in the image naming the java it was made from: one line, the launcher's stamp of it. */
  static final String SOURCE_FILE = "compose2helm-jdk";
  private static final String MODULES_FILE = "compose2helm-modules";

  /**
   * What the shaded jar uses ({@code jdeps --print-module-deps --ignore-missing-deps} over it: the
   * first six), and modules that serve through the JDK's own lookups, which jdeps cannot see: the
   * locales and charsets a user's environment may name, the zip file system, and sun.misc.Unsafe for
   * libraries that probe for it.
   */
  static final List<String> MODULES = List.of("java.base", "java.desktop", "java.management", "java.rmi",
      "java.scripting", "java.sql", "jdk.charsets", "jdk.localedata", "jdk.unsupported", "jdk.zipfs");

  private RuntimeImage() {}

  /** The build step: {@code args[0]} is the image's folder (target/runtime). */
  public static void main(String[] args) {
    Path image = Path.of(args[0]).toAbsolutePath();
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    String result;
    try {
      result = make(image, java);
    } catch (IOException | UnsupportedOperationException e) {
      // No unix attributes (Windows), an unreadable JDK, a folder in the way: the jar is still built.
      result = "no runtime image (" + e + "); bin/compose2helm runs the JDK as it is";
    }
    System.out.println("[compose2helm] " + result);
  }

  /**
   * Makes the image from the JDK whose {@code bin/java} is {@code java} (the one running this), unless
   * the image there was made from it already; a failure leaves no image and is only reported.
   *
   * @return what was done, for the build's log
   */
  static String make(Path image, Path java) throws IOException {
    String stamp = stamp(java);
    String modules = String.join(",", MODULES);
    if (isCurrent(image, stamp, modules)) {
      return "runtime image " + image + " is up to date";
    }
    Optional<ToolProvider> jlink = ToolProvider.findFirst("jlink");
    if (jlink.isEmpty()) {
      return "no runtime image: this JDK has no jlink; bin/compose2helm runs the JDK as it is";
    }
    Path partial = image.resolveSibling(image.getFileName() + ".partial");
    deleteTree(partial);
    StringWriter log = new StringWriter();
    PrintWriter out = new PrintWriter(log);
    int status = jlink.get().run(out, out, "--add-modules", modules, "--output", partial.toString(),
        "--strip-debug", "--no-header-files", "--no-man-pages");
    out.flush();
    if (status != 0 || !Files.isExecutable(partial.resolve("bin/java"))) {
      deleteTree(partial);
      return "no runtime image (jlink: " + log.toString().strip() + "); bin/compose2helm runs the JDK as it is";
    }
    String dumped = dumpClassArchive(partial);
    if (dumped != null) {
      deleteTree(partial);
      return "no runtime image (" + dumped + "); bin/compose2helm runs the JDK as it is";
    }
    Files.writeString(partial.resolve(MODULES_FILE), modules + "\n", StandardCharsets.UTF_8);
    // Written last: an image without it is never run.
    Files.writeString(partial.resolve(SOURCE_FILE), stamp + "\n", StandardCharsets.UTF_8);
    deleteTree(image);
    Files.move(partial, image, StandardCopyOption.ATOMIC_MOVE);
    return "runtime image " + image + " made from " + java.getParent().getParent();
  }

  /**
   * Writes the image's default class-data-sharing archive, which the launcher's archive of
   * compose2helm's own classes builds on. Not jlink's {@code --generate-cds-archive}: that also makes
   * the archive for heaps over 32 GB, which no run here has, and prints into a quiet build.
   *
   * @return null when it was written, else what went wrong
   */
  private static String dumpClassArchive(Path image) throws IOException {
    Path log = image.resolve("cds-dump.log");
    ProcessBuilder builder = new ProcessBuilder(image.resolve("bin/java").toString(), "-Xshare:dump")
        .redirectErrorStream(true).redirectOutput(log.toFile());
    // Options meant for the build's JVMs (an agent) could spoil the dump, as they could a recording.
    builder.environment().remove("JAVA_TOOL_OPTIONS");
    builder.environment().remove("JDK_JAVA_OPTIONS");
    builder.environment().remove("_JAVA_OPTIONS");
    Process dump = builder.start();
    try {
      int status = dump.waitFor();
      String printed = Files.readString(log, StandardCharsets.UTF_8).strip();
      Files.delete(log);
      return status == 0 && Files.isRegularFile(image.resolve("lib/server/classes.jsa")) ? null
          : "java -Xshare:dump: " + printed;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "interrupted while writing its class archive";
    }
  }

  /**
   * A file's size, modification time to the nanosecond and inode, links followed, exactly as {@code
   * stat -L -c '%s-%.9Y-%i'} prints them: the launcher compares the two.
   */
  static String stamp(Path file) throws IOException {
    Map<String, Object> attributes = Files.readAttributes(file, "unix:size,lastModifiedTime,ino");
    Instant changed = ((FileTime) attributes.get("lastModifiedTime")).toInstant();
    return attributes.get("size") + "-" + changed.getEpochSecond() + "." + String.format(Locale.ROOT, "%09d", changed.getNano())
        + "-" + attributes.get("ino");
  }

  private static boolean isCurrent(Path image, String stamp, String modules) throws IOException {
    return Files.isExecutable(image.resolve("bin/java"))
        && firstLine(image.resolve(SOURCE_FILE)).equals(stamp)
        && firstLine(image.resolve(MODULES_FILE)).equals(modules);
  }

  private static String firstLine(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      return "";
    }
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    return lines.isEmpty() ? "" : lines.get(0);
  }

  private static void deleteTree(Path folder) throws IOException {
    if (!Files.exists(folder)) {
      return;
    }
    List<Path> deepestFirst;
    try (Stream<Path> walk = Files.walk(folder)) {
      deepestFirst = walk.sorted(Comparator.reverseOrder()).toList();
    }
    for (Path path : deepestFirst) {
      Files.delete(path);
    }
  }
}
