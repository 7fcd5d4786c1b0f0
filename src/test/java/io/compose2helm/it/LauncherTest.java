package io.compose2helm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.compose2helm.cli.StartupArchive;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.ZipOutputStream;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * bin/compose2helm on a checkout of its own (a temporary folder): the launcher makes its startup
 * archive once per build of the jar, never maps an archive of an older jar (JDK 25 would run its
 * classes without a word), and runs without one when told to. The jar is a stub that prints which
 * build it is, so the test needs no packaged compose2helm and runs under `mvn test`.
 */
class LauncherTest {

  private static final Path LAUNCHER = Path.of("bin/compose2helm");
  private static final String JAVA_HOME = System.getProperty("java.home");
  // By its path: the child's PATH is the test's to set, and some tests leave bash out of it.
  private static final String BASH = Files.isExecutable(Path.of("/bin/bash")) ? "/bin/bash" : "/usr/bin/bash";

  @TempDir Path checkout;
  private Path cache;
  /** The folder holding bin/compose2helm: the checkout, unless a test moves it. */
  private Path home;

  @BeforeEach
  void setUp() throws IOException {
    Files.createDirectories(checkout.resolve("bin"));
    Files.copy(LAUNCHER, checkout.resolve("bin/compose2helm"));
    checkout.resolve("bin/compose2helm").toFile().setExecutable(true);
    Files.createDirectories(checkout.resolve("samples/bytelyst"));
    Files.writeString(checkout.resolve("samples/bytelyst/docker-compose.yml"), "services: {}\n");
    cache = checkout.resolve("cache");
    home = checkout;
  }

  private record Run(int exit, String out, String err) {}

  private Run launch(Map<String, String> environment, String... args) throws IOException, InterruptedException {
    return launch(environment, true, args);
  }

  private Run launch(Map<String, String> environment, boolean awaitMaker, String... args)
      throws IOException, InterruptedException {
    return launch(null, environment, awaitMaker, args);
  }

  private Run launchIn(Path folder, Map<String, String> environment, String... args)
      throws IOException, InterruptedException {
    return launch(folder, environment, true, args);
  }

  private Run launch(Path folder, Map<String, String> environment, boolean awaitMaker, String... args)
      throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(Stream.concat(
        Stream.of(BASH, home.resolve("bin/compose2helm").toString()), Stream.of(args)).toList());
    if (folder != null) {
      builder.directory(folder.toFile());
    }
    builder.environment().clear();
    builder.environment().put("PATH", "/usr/bin:/bin");
    builder.environment().put("HOME", checkout.toString());
    builder.environment().put("XDG_CACHE_HOME", cache.toString());
    builder.environment().put("JAVA_HOME", JAVA_HOME);
    environment.forEach((name, value) -> {
      if (value == null) {
        builder.environment().remove(name);
      } else {
        builder.environment().put(name, value);
      }
    });
    Path out = checkout.resolve("out.txt");
    Path err = checkout.resolve("err.txt");
    Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the launcher finished");
    Run run = new Run(process.exitValue(), Files.readString(out), Files.readString(err));
    if (awaitMaker) {
      awaitArchiveMaker();
    }
    return run;
  }

  /** A launch that does not wait for a lock: one the test holds, as another run would. */
  private Run launchWithoutWaiting(String... args) throws IOException, InterruptedException {
    return launch(Map.of(), false, args);
  }

  /**
   * Waits until no archive maker holds its lock: the launcher takes it before the command of a
   * first run and the maker, started in the background once the command ends, frees it. The next
   * launch then sees the archive, and the temporary checkout is not removed under a maker.
   */
  private void awaitArchiveMaker() throws IOException, InterruptedException {
    Path folder = cache.resolve("compose2helm");
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (System.nanoTime() < deadline) {
      try (Stream<Path> files = Files.isDirectory(folder) ? Files.list(folder) : Stream.empty()) {
        if (files.noneMatch(file -> file.getFileName().toString().endsWith(".lock"))) {
          return;
        }
      }
      Thread.sleep(20);
    }
    throw new AssertionError("the archive maker did not finish: " + archives());
  }

  /**
   * Writes target/compose2helm.jar: a main class that prints "stub BUILD", its arguments and the file
   * name of the startup archive the JVM was given ("archive=none" without one).
   */
  private void buildJar(String build) throws IOException {
    Path sources = Files.createDirectories(checkout.resolve("stub-src/" + build));
    Path classes = Files.createDirectories(checkout.resolve("stub-classes/" + build));
    // The launcher names the main class: the stub takes its name.
    Files.writeString(sources.resolve("Main.java"), """
        package io.compose2helm.cli;

        public class Main {
          public static void main(String[] a) {
            String archive = "none";
            for (String flag : java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments()) {
              if (flag.startsWith("-XX:SharedArchiveFile=") || flag.startsWith("-XX:AOTCache=")) {
                archive = java.nio.file.Path.of(flag.substring(flag.indexOf('=') + 1)).getFileName().toString();
              }
            }
            if (a.length == 1 && a[0].equals("render-cache")) {
              System.out.println("render=" + System.getenv("COMPOSE2HELM_RENDER_CACHE"));
              return;
            }
            if (a.length == 1 && a[0].equals("shell-folders")) {
              System.out.println("PWD=" + System.getenv("PWD") + " OLDPWD=" + System.getenv("OLDPWD"));
              return;
            }
            // The fake trimmed runtime of the tests passes this; a JDK does not.
            String runtime = System.getProperty("stub.runtime") == null ? "" : " runtime=" + System.getProperty("stub.runtime");
            System.out.println("stub BUILD " + String.join(" ", a) + " archive=" + archive + runtime);
          }
        }
        """.replace("BUILD", build));
    // The archive is recorded from a run of the training class (ArchiveTraining): the stub's runs Main once.
    Files.writeString(sources.resolve("ArchiveTraining.java"), """
        package io.compose2helm.cli;

        public class ArchiveTraining {
          public static void main(String[] a) {
            Main.main(new String[] {"-q", a[0], "-o", a[1] + "/chart"});
          }
        }
        """);
    int compiled = ToolProvider.getSystemJavaCompiler().run(null, null, null, "--release", "17", "-d",
        classes.toString(), sources.resolve("Main.java").toString(), sources.resolve("ArchiveTraining.java").toString());
    assertEquals(0, compiled, "the stub compiles");
    Path jar = Files.createDirectories(checkout.resolve("target")).resolve("compose2helm.jar");
    // No Main-Class: the launcher names the class (-cp), so a launcher that went back to -jar, which
    // indexes the jar once more at every start, fails every test here.
    byte[] manifest = "Manifest-Version: 1.0\r\n\r\n".getBytes(StandardCharsets.UTF_8);
    // Stored, with a fixed time: builds "one" and "two" make jars of the same size, so only the
    // launcher's finer stamp (modification time to the nanosecond) tells them apart.
    try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
      out.setMethod(ZipOutputStream.STORED);
      store(out, "META-INF/MANIFEST.MF", manifest);
      for (String name : List.of("Main", "ArchiveTraining")) {
        String entry = "io/compose2helm/cli/" + name + ".class";
        store(out, entry, Files.readAllBytes(classes.resolve(entry)));
      }
    }
  }

  private static void store(JarOutputStream out, String name, byte[] content) throws IOException {
    JarEntry entry = new JarEntry(name);
    CRC32 crc = new CRC32();
    crc.update(content);
    entry.setCrc(crc.getValue());
    entry.setSize(content.length);
    entry.setCompressedSize(content.length);
    entry.setTime(0);
    out.putNextEntry(entry);
    out.write(content);
    out.closeEntry();
  }

  private List<String> archives() throws IOException {
    Path folder = cache.resolve("compose2helm");
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(file -> file.getFileName().toString())
          .filter(name -> name.endsWith(".jsa") || name.endsWith(".aot")).sorted().toList();
    }
  }

  /**
   * A first run (with {@code environment}) of build {@code build} runs without an archive and makes
   * one beside those listed in {@code before}; the next run maps it. stderr of the first run is not
   * compared: the JVM prints the JAVA_TOOL_OPTIONS it picked up there.
   */
  private void assertFirstRunMakesAnArchiveTheNextMaps(String build, List<String> before,
      Map<String, String> environment, String why) throws IOException, InterruptedException {
    Run first = launch(environment, "first");
    assertEquals(0, first.exit(), first.err());
    assertEquals("stub " + build + " first archive=none\n", first.out(), first.err());
    List<String> added = archives().stream().filter(name -> !before.contains(name)).toList();
    assertEquals(1, added.size(), why + ": " + archives());
    assertEquals(new Run(0, "stub " + build + " next archive=" + added.get(0) + "\n", ""), launch(Map.of(), "next"));
  }

  @Test
  void launch_firstRun_makesOneArchiveThenUsesIt() throws Exception {
    buildJar("one");
    Run first = launch(Map.of(), "--version");
    List<String> made = archives();
    assertEquals(1, made.size(), "one archive for this jar and JDK, made after the first run: " + made);
    assertEquals(new Run(0, "stub one --version archive=none\n", ""), first, "the first run does not wait for it");
    Run second = launch(Map.of(), "-q", "x y");
    assertEquals(new Run(0, "stub one -q x y archive=" + made.get(0) + "\n", ""), second);
    assertEquals(made, archives(), "no second archive");
  }

  @Test
  void launch_jarRebuiltInPlace_runsTheNewBuildNeverTheOldArchive() throws Exception {
    buildJar("one");
    launch(Map.of(), "--version");
    List<String> first = archives();
    assertEquals("stub one --version archive=" + first.get(0) + "\n", launch(Map.of(), "--version").out());
    long firstSize = Files.size(checkout.resolve("target/compose2helm.jar"));
    buildJar("two");
    assertEquals(firstSize, Files.size(checkout.resolve("target/compose2helm.jar")), "same size, rewritten in place");
    assertFirstRunMakesAnArchiveTheNextMaps("two", first, Map.of(), "the new build got its own archive");
  }

  @Test
  void launch_anotherFirstRunMakingTheArchive_runsWithoutAndLeavesItToThatRun() throws Exception {
    buildJar("one");
    launch(Map.of(), "--version");
    String archive = archives().get(0);
    Path folder = cache.resolve("compose2helm");
    Files.delete(folder.resolve(archive));
    Path lock = Files.createDirectory(folder.resolve(archive.replaceAll("\\.(jsa|aot)$", ".lock")));
    assertEquals(new Run(0, "stub one a archive=none\n", ""), launchWithoutWaiting("a"));
    assertEquals(List.of(), archives(), "the other run makes it");
    assertTrue(Files.isDirectory(lock), "and holds its lock");

    // A lock left by a run killed ten minutes ago or more is taken over.
    Files.setLastModifiedTime(lock, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() - 11 * 60_000));
    assertEquals(new Run(0, "stub one b archive=none\n", ""), launch(Map.of(), "b"));
    assertEquals(List.of(archive), archives());
    assertEquals(new Run(0, "stub one c archive=" + archive + "\n", ""), launch(Map.of(), "c"));
  }

  /**
   * A moved checkout keeps its jar's size, time and inode, but the JVM refuses an archive recorded
   * from a jar at another path: the launcher must make one for the new place, not map the refused
   * one on every run.
   */
  @Test
  void launch_checkoutMoved_makesAnArchiveForTheNewPlace() throws Exception {
    buildJar("one");
    launch(Map.of(), "--version");
    List<String> before = archives();
    assertEquals(1, before.size(), before.toString());
    Path moved = Files.createDirectories(checkout.resolve("moved"));
    for (String part : List.of("bin", "samples", "target")) {
      Files.move(checkout.resolve(part), moved.resolve(part));
    }
    home = moved;
    assertFirstRunMakesAnArchiveTheNextMaps("one", before, Map.of(), "the moved checkout got its own archive");
  }

  /** The caller's JVM options are for its own run, not for the recording, which they can spoil. */
  @Test
  void launch_firstRunWithJvmOptionsThatStopARecording_stillMakesTheArchive() throws Exception {
    buildJar("one");
    assertFirstRunMakesAnArchiveTheNextMaps("one", List.of(), Map.of("JAVA_TOOL_OPTIONS", "-Xshare:off"),
        "recorded without the caller's options");
  }

  /** The build's step (cli.StartupArchive) asks for the archive at once: the first run then maps it. */
  @Test
  void launch_archiveRequestedByTheBuild_isMadeAtOnceAndTheFirstRunMapsIt() throws Exception {
    buildJar("one");
    Run made = launch(Map.of(StartupArchive.REQUEST, "1"), false);
    List<String> archives = archives();
    assertEquals(1, archives.size(), "made before the launcher returned: " + archives);
    assertEquals(new Run(0, cache.resolve("compose2helm").resolve(archives.get(0)) + "\n", ""), made,
        "it prints the archive and runs no command");
    assertEquals(new Run(0, "stub one first archive=" + archives.get(0) + "\n", ""), launch(Map.of(), "first"));
    assertEquals(made, launch(Map.of(StartupArchive.REQUEST, "1"), false), "asked again, it keeps the one it has");
    assertEquals(archives, archives());
  }

  @Test
  void launch_archiveRequestedWithArchivesOff_printsNoneAndMakesNone() throws Exception {
    buildJar("one");
    assertEquals(new Run(0, "none\n", ""),
        launch(Map.of(StartupArchive.REQUEST, "1", "COMPOSE2HELM_CDS", "off"), false));
    assertEquals(List.of(), archives());
  }

  @Test
  void launch_archivesOff_runsWithoutMakingOne() throws Exception {
    buildJar("one");
    assertEquals(new Run(0, "stub one a archive=none\n", ""), launch(Map.of("COMPOSE2HELM_CDS", "off"), "a"));
    assertEquals(List.of(), archives());
  }

  @Test
  void launch_renderCache_isInTheUserCacheUnlessTheCallerSetsOne() throws Exception {
    buildJar("one");
    Path ours = cache.resolve("compose2helm/render");
    assertEquals(new Run(0, "render=" + ours + "\n", ""), launch(Map.of(), "render-cache"));
    assertEquals(new Run(0, "render=" + ours + "\n", ""), launch(Map.of("COMPOSE2HELM_CDS", "off"), "render-cache"));
    assertEquals(new Run(0, "render=/elsewhere\n", ""),
        launch(Map.of("COMPOSE2HELM_RENDER_CACHE", "/elsewhere"), "render-cache"));
    assertEquals(new Run(0, "render=\n", ""), launch(Map.of("COMPOSE2HELM_RENDER_CACHE", ""), "render-cache"));
  }

  /**
   * The launcher changes folder to find its checkout and back, and bash's cd sets OLDPWD: the caller's
   * values must reach the JVM, where --os-env reads them (OLDPWD became the checkout, whose path the
   * chart's relative paths spell out).
   */
  @Test
  void launch_shellFolders_reachTheJvmAsTheCallerSetThem() throws Exception {
    buildJar("one");
    Path caller = Files.createDirectories(checkout.resolve("caller"));
    // bash itself drops an OLDPWD that names no folder
    Path before = Files.createDirectories(checkout.resolve("before"));
    Map<String, String> environment = new HashMap<>();
    environment.put("PWD", caller.toString());
    environment.put("OLDPWD", before.toString());
    assertEquals(new Run(0, "PWD=" + caller + " OLDPWD=" + before + "\n", ""),
        launchIn(caller, environment, "shell-folders"));
    environment.put("OLDPWD", null);
    assertEquals(new Run(0, "PWD=" + caller + " OLDPWD=null\n", ""), launchIn(caller, environment, "shell-folders"));
  }

  @Test
  void launch_javaFromPathWithoutJavaHome_runs() throws Exception {
    buildJar("one");
    Map<String, String> environment = new HashMap<>();
    environment.put("JAVA_HOME", null);
    environment.put("PATH", "/nonexistent:" + Path.of(JAVA_HOME, "bin") + ":/usr/bin:/bin");
    launch(environment, "b");
    assertEquals(1, archives().size(), "the java found in PATH is stamped like JAVA_HOME's: " + archives());
    assertEquals(new Run(0, "stub one b archive=" + archives().get(0) + "\n", ""), launch(environment, "b"));
  }

  /**
   * Writes target/runtime as mvn package would (RuntimeImage), its java a script that runs the test's
   * JDK with {@code -Dstub.runtime=trimmed}, recorded as made from the java whose stamp is {@code madeFrom}.
   */
  private void fakeRuntime(String madeFrom) throws IOException {
    Path bin = Files.createDirectories(checkout.resolve("target/runtime/bin"));
    Path java = bin.resolve("java");
    Files.writeString(java, "#!/bin/sh\nexec '" + JAVA_HOME + "/bin/java' -Dstub.runtime=trimmed \"$@\"\n");
    assertTrue(java.toFile().setExecutable(true));
    Files.writeString(checkout.resolve("target/runtime/compose2helm-jdk"), madeFrom + "\n");
  }

  /** The launcher's stamp of a file: size, time to the nanosecond, inode, links followed. */
  private static String stamp(Path file) throws IOException, InterruptedException {
    Process stat = new ProcessBuilder("stat", "-L", "-c", "%s-%.9Y-%i", file.toString()).start();
    String printed = new String(stat.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    assertEquals(0, stat.waitFor(), "GNU stat");
    return printed;
  }

  @Test
  void launch_runtimeMadeFromTheJavaItFound_runsTheRuntimeWithAnArchiveOfItsOwn() throws Exception {
    buildJar("one");
    Map<String, String> environment = new HashMap<>();
    environment.put("JAVA_HOME", null);
    environment.put("PATH", Path.of(JAVA_HOME, "bin") + ":/usr/bin:/bin");
    launch(environment, "a");
    List<String> before = archives();
    fakeRuntime(stamp(Path.of(JAVA_HOME, "bin/java")));
    assertEquals(new Run(0, "stub one b archive=none runtime=trimmed\n", ""), launch(environment, "b"));
    List<String> added = archives().stream().filter(name -> !before.contains(name)).toList();
    assertEquals(1, added.size(), "the runtime's java is stamped apart: " + archives());
    assertEquals(new Run(0, "stub one c archive=" + added.get(0) + " runtime=trimmed\n", ""), launch(environment, "c"));
    assertEquals(new Run(0, "stub one d archive=none runtime=trimmed\n", ""),
        launch(Map.of("COMPOSE2HELM_CDS", "off"), "d"), "JAVA_HOME's java, the same file");
  }

  @Test
  void launch_runtimeMadeFromAnotherJava_runsTheJavaItFound() throws Exception {
    buildJar("one");
    fakeRuntime("1-2.000000000-3");
    launch(Map.of(), "a");
    String archive = archives().get(0);
    assertEquals(new Run(0, "stub one b archive=" + archive + "\n", ""), launch(Map.of(), "b"));
    assertEquals(new Run(0, "stub one c archive=none\n", ""), launch(Map.of("COMPOSE2HELM_CDS", "off"), "c"));
  }

  @Test
  void launch_runtimeWithJvmOptionsInTheEnvironment_runsTheJavaItFound() throws Exception {
    buildJar("one");
    fakeRuntime(stamp(Path.of(JAVA_HOME, "bin/java")));
    for (String variable : List.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS")) {
      Run run = launch(Map.of(variable, "-Dsome.option=1", "COMPOSE2HELM_CDS", "off"), variable);
      assertEquals(new Run(0, "stub one " + variable + " archive=none\n", run.err()), run, run.err());
    }
    assertEquals(new Run(0, "stub one e archive=none runtime=trimmed\n", ""),
        launch(Map.of("COMPOSE2HELM_CDS", "off"), "e"));
  }

  @Test
  void launch_javaHomeWithoutJava_saysSoAndExits1() throws Exception {
    buildJar("one");
    Run run = launch(Map.of("JAVA_HOME", checkout.toString()), "--version");
    assertEquals(1, run.exit());
    assertTrue(run.err().contains("JAVA_HOME (" + checkout + ") has no bin/java"), run.err());
  }

  @Test
  void launch_noJavaAnywhere_saysSoAndExits1() throws Exception {
    buildJar("one");
    Map<String, String> environment = new HashMap<>();
    environment.put("JAVA_HOME", null);
    // A PATH with the one tool the launcher runs before looking for java, and no java.
    Path tools = Files.createDirectories(checkout.resolve("tools"));
    Path dirname = Stream.of("/usr/bin/dirname", "/bin/dirname").map(Path::of).filter(Files::isExecutable)
        .findFirst().orElseThrow();
    Files.createSymbolicLink(tools.resolve("dirname"), dirname);
    environment.put("PATH", tools + ":/nonexistent");
    Run run = launch(environment, "--version");
    assertEquals(1, run.exit());
    assertTrue(run.err().contains("no java on PATH; install a JDK 17 or newer, or set JAVA_HOME"), run.err());
  }

  @Test
  void launch_noJar_saysHowToBuildIt() throws Exception {
    Run run = launch(Map.of(), "--version");
    assertEquals(1, run.exit());
    assertTrue(run.err().contains("build it with: mvn -q -B package -DskipTests"), run.err());
  }
}
