package io.compose2helm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The trimmed runtime of the build step ({@link RuntimeImage}), made for real by jlink from the JDK
 * running the tests: it holds every module compose2helm needs, so each command prints, exits and
 * writes through it exactly as through that JDK; it names the java it was made from as the launcher
 * stamps it and has its own class archive; a second make leaves it as it is.
 */
class RuntimeImageTest {

  private static final Path SAMPLE = Path.of("samples/bytelyst/docker-compose.yml").toAbsolutePath();
  private static final Path JDK_JAVA = Path.of(System.getProperty("java.home"), "bin", "java");

  @TempDir static Path scratch;
  private static Path image;
  private static String made;

  @BeforeAll
  static void makeImage() throws IOException {
    // A JDK without jlink or its modules makes no image, and the build goes on without one.
    assumeTrue(ToolProvider.findFirst("jlink").isPresent() && Files.isDirectory(JDK_JAVA.resolveSibling("../jmods")),
        "this JDK has no jlink or no jmods folder");
    image = scratch.resolve("runtime");
    made = RuntimeImage.make(image, JDK_JAVA);
  }

  private record Run(int exit, String out, String err) {}

  /** One command in {@code folder}, which holds its chart as {@code chart}, without a render cache. */
  private static Run run(Path java, Path folder, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(java.toString(), "-cp", System.getProperty("java.class.path"),
        "io.compose2helm.cli.Main"));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile());
    builder.environment().remove(ChartSource.RENDER_CACHE);
    Path out = scratch.resolve("out.txt");
    Path err = scratch.resolve("err.txt");
    Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the run finished");
    return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
  }

  /** The commands users run, in order, each in {@code folder}. */
  private static List<Run> everyCommand(Path java, Path folder) throws IOException, InterruptedException {
    String sample = SAMPLE.toString();
    return List.of(
        run(java, folder, "--version"),
        run(java, folder, sample, "-o", "chart"),
        run(java, folder, "check", sample, "-o", "chart"),
        run(java, folder, "diff", sample, "-o", "chart"),
        run(java, folder, "config", sample),
        run(java, folder, "audit", sample));
  }

  /** Each file under {@code folder} by its relative path, with its bytes as text. */
  private static TreeMap<String, String> files(Path folder) throws IOException {
    TreeMap<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        files.put(folder.relativize(file).toString(), Files.readString(file, StandardCharsets.ISO_8859_1));
      }
    }
    return files;
  }

  @Test
  void make_fromThisJdk_recordsItsJavaAsTheLauncherStampsIt() throws Exception {
    assertTrue(made.contains("made from"), made);
    assertTrue(Files.isExecutable(image.resolve("bin/java")), "the image has its java");
    Process stat = new ProcessBuilder("stat", "-L", "-c", "%s-%.9Y-%i", JDK_JAVA.toString()).start();
    String printed = new String(stat.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    assertEquals(0, stat.waitFor());
    assertEquals(List.of(printed), Files.readAllLines(image.resolve(RuntimeImage.SOURCE_FILE)));
    // Its own class archive, which the launcher's archive of compose2helm's classes builds on:
    // -Xshare:on refuses to start without one.
    Process shared = new ProcessBuilder(image.resolve("bin/java").toString(), "-Xshare:on", "-version")
        .redirectErrorStream(true).start();
    String version = new String(shared.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, shared.waitFor(), version);
    assertTrue(version.contains("sharing"), version);
  }

  @Test
  void make_again_leavesTheImageAsItIs() throws Exception {
    long before = Files.getLastModifiedTime(image.resolve("bin/java")).toMillis();
    String again = RuntimeImage.make(image, JDK_JAVA);
    assertTrue(again.contains("up to date"), again);
    assertEquals(before, Files.getLastModifiedTime(image.resolve("bin/java")).toMillis());
  }

  @Test
  void everyCommand_throughTheImage_printsExitsAndWritesAsThroughTheJdk() throws Exception {
    Path jdk = Files.createDirectories(scratch.resolve("jdk"));
    Path trimmed = Files.createDirectories(scratch.resolve("image"));
    List<Run> expected = everyCommand(JDK_JAVA, jdk);
    List<Run> actual = everyCommand(image.resolve("bin/java"), trimmed);
    assertEquals(0, expected.get(1).exit(), expected.get(1).err());
    assertEquals(0, expected.get(2).exit(), expected.get(2).err());
    assertEquals(expected, actual);
    assertEquals(files(jdk.resolve("chart")), files(trimmed.resolve("chart")));
  }
}
