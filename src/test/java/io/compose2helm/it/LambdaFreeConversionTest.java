package io.compose2helm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On JDK 17 the first call of each lambda or method reference links it through LambdaMetafactory,
 * a tenth of a millisecond or more even when its class comes from the startup archive; a sample
 * conversion ran about 245 of them, a fifth of its time. This finds any class of the main build that
 * still links one, outside the commands whose runs do not have to be instant; and, in a conversion
 * run as its own process, any record whose generated equals, hashCode or toString ran (each links
 * java.lang.runtime.ObjectMethods, method handle trees spun as classes: 8 ms for the first).
 */
class LambdaFreeConversionTest {

  private static final Path CLASSES = Path.of("target/classes/io/compose2helm");

  /** A class file that links a lambda names the metafactory in its constant pool. */
  private static final byte[] METAFACTORY = "java/lang/invoke/LambdaMetafactory".getBytes(StandardCharsets.US_ASCII);

  /** Where a lambda is fine, and why (a folder ends in a slash). */
  private static final Map<String, String> ALLOWED = Map.ofEntries(
      Map.entry("audit/", "audit reads Dockerfiles and is not run by a hook"),
      Map.entry("cli/AuditCommand", "audit"),
      Map.entry("cli/DiffCommand", "diff starts Helm, whose start dwarfs any lambda"),
      Map.entry("cli/ManifestDiffPrinter", "diff"));

  @Test
  void mainClasses_linkNoLambdaOutsideAuditAndDiff() throws IOException {
    List<String> linking = new ArrayList<>();
    List<Path> classes;
    try (Stream<Path> walk = Files.walk(CLASSES)) {
      classes = walk.filter(path -> path.toString().endsWith(".class")).sorted().toList();
    }
    for (Path file : classes) {
      String name = CLASSES.relativize(file).toString().replace('\\', '/');
      if (!allowed(name) && contains(Files.readAllBytes(file), METAFACTORY)) {
        linking.add(name);
      }
    }
    assertTrue(classes.size() > 300, "the main build's classes are under " + CLASSES);
    assertEquals(List.of(), linking, "classes that link a lambda or method reference");
  }

  @Test
  void contains_findsTheMetafactoryInAClassThatUsesALambda() throws IOException {
    Path lambdaUser = Path.of("target/test-classes/io/compose2helm/it/LambdaFreeConversionTest.class");
    assertTrue(contains(Files.readAllBytes(lambdaUser), METAFACTORY), "this test uses a lambda in its walk filter");
  }

  @Test
  void conversion_linksNoRecordMethodsNorOwnLambdas(@TempDir Path scratch) throws IOException, InterruptedException {
    String chart = scratch.resolve("chart").toString();
    // Kept runs on (each read takes the file's stamp), as the launcher runs them: a first run, a
    // re-run that is kept, and its replay; then a check with kept runs off.
    assertNothingLinked(scratch, "first", Map.of(), "-q", "samples/bytelyst/docker-compose.yml", "-o", chart);
    Thread.sleep(2_100); // a run is not kept while a file it depends on changed in the last 2 s
    List<String> second =
        assertNothingLinked(scratch, "second", Map.of(), "-q", "samples/bytelyst/docker-compose.yml", "-o", chart);
    List<String> third =
        assertNothingLinked(scratch, "third", Map.of(), "-q", "samples/bytelyst/docker-compose.yml", "-o", chart);
    assertTrue(loads(second, "io.compose2helm.kube.KubeMapper"), "the second run converts");
    assertTrue(loads(third, "io.compose2helm.cli.UnchangedRuns$Replay"), "the third run is replayed");
    assertFalse(loads(third, "io.compose2helm.kube.KubeMapper"), "a replay does not convert");
    assertNothingLinked(scratch, "check", Map.of("COMPOSE2HELM_KEPT_RUNS", "off"),
        "check", "-q", "samples/bytelyst/docker-compose.yml", "-o", chart);
  }

  private static boolean loads(List<String> loaded, String className) {
    return loaded.stream().anyMatch(line -> line.contains(" " + className + " "));
  }

  /** Runs compose2helm as its own process and returns its class-load log. */
  private static List<String> assertNothingLinked(
      Path scratch, String name, Map<String, String> environment, String... args)
      throws IOException, InterruptedException {
    Path log = scratch.resolve(name + ".log");
    Path output = scratch.resolve(name + ".txt");
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xlog:class+load=info:file=" + log, "-cp", System.getProperty("java.class.path"),
        "io.compose2helm.cli.FixedBuildMain"));
    command.addAll(List.of(args));
    ProcessBuilder run = new ProcessBuilder(command);
    run.environment().put("COMPOSE2HELM_RENDER_CACHE", scratch.resolve("cache").toString());
    run.environment().putAll(environment);
    run.redirectErrorStream(true).redirectOutput(output.toFile());
    assertEquals(0, run.start().waitFor(), () -> read(output));

    List<String> loaded = Files.readAllLines(log);
    assertTrue(loads(loaded, "io.compose2helm.cli.Main"), "the log lists classes");
    List<String> linking = loaded.stream()
        .filter(line -> line.contains("java.lang.runtime.ObjectMethods")
            || (line.contains(" io.compose2helm.") || line.contains(" java.util.stream.StreamSpliterators"))
            && line.contains("$$Lambda"))
        .toList();
    // The stream's lambdas are those of Files.walk's iterator, which JDK 17 spun at every re-run over
    // a chart until the folder was listed through a visitor (RegularFiles).
    assertEquals(List.of(), linking, name + ": a record's generated method, a lambda of ours or a stream's iterator ran");
    return loaded;
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      return e.toString();
    }
  }

  private static boolean allowed(String classFile) {
    String outer = classFile.replaceFirst("(\\$.*)?\\.class$", "");
    for (String prefix : ALLOWED.keySet()) {
      if (prefix.endsWith("/") ? outer.startsWith(prefix) : outer.equals(prefix)) {
        return true;
      }
    }
    return false;
  }

  private static boolean contains(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }
}
