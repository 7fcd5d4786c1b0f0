package io.compose2helm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.compose2helm.compose.ComposeLoader;
import io.compose2helm.compose.ComposeProject;
import io.compose2helm.compose.ImageRef;
import io.compose2helm.compose.LoadRequest;
import io.compose2helm.compose.Service;
import io.compose2helm.diagnostics.Diagnostics;
import io.compose2helm.kube.KnownImage;
import io.compose2helm.kube.KnownImages;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Over both corpora, every service either matched a known image profile, is built from source by
 * Compose, has its user and read-only root settled by Compose, or produced exactly one
 * unknown-image warning; known and built services produce none.
 */
class ImagePolicyCorpusTest {

  private static final Pattern UNKNOWN = Pattern.compile(": warning: services\\.(.+?)\\.image: image \\S+ is not a known image");
  private static final Map<String, AtomicInteger> FIGURES = new TreeMap<>();

  @AfterAll
  static void printFigures() {
    System.out.println("image policy over the corpora: " + FIGURES);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("io.compose2helm.it.CorpusTest#corpusFiles")
  void convert_corpusFile_warnsOncePerUnknownImage(Path composeFile, @org.junit.jupiter.api.io.TempDir Path temp) {
    Conversion.Run run = Conversion.run(composeFile.toString(), "-o", temp.resolve("chart").toString());
    assertEquals(0, run.exitCode(), run.err());
    check(load(new LoadRequest(List.of(composeFile), List.of(), Map.of(), null)), run.err());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("io.compose2helm.it.CorpusTest#realInvocations")
  void convert_realProject_warnsOncePerUnknownImage(CorpusTest.Invocation invocation, @org.junit.jupiter.api.io.TempDir Path temp) {
    Conversion.Run run = Conversion.run(invocation.arguments(temp.resolve("chart")));
    assertEquals(0, run.exitCode(), run.err());
    check(load(new LoadRequest(invocation.filePaths(), invocation.envFilePaths(), Map.of(), null,
        Set.copyOf(invocation.profiles()), false)), run.err());
  }

  private static ComposeProject load(LoadRequest request) {
    Diagnostics diagnostics = new Diagnostics();
    ComposeProject project = new ComposeLoader().load(request, diagnostics);
    assertTrue(diagnostics.errors().isEmpty(), diagnostics.all().toString());
    return project;
  }

  private static void check(ComposeProject project, String err) {
    Map<String, Integer> warned = new TreeMap<>();
    Matcher matcher = UNKNOWN.matcher(err);
    while (matcher.find()) {
      warned.merge(matcher.group(1), 1, Integer::sum);
    }
    List<String> problems = new ArrayList<>();
    for (Service service : project.services().values()) {
      String kind = classify(service);
      FIGURES.computeIfAbsent(kind, k -> new AtomicInteger()).incrementAndGet();
      int expected = kind.equals("unknown") ? 1 : 0;
      int actual = warned.getOrDefault(service.name(), 0);
      if (actual != expected) {
        problems.add(service.name() + " (" + kind + ", " + service.image() + "): " + actual + " unknown-image warnings");
      }
    }
    warned.keySet().stream().filter(name -> !project.services().containsKey(name))
        .forEach(name -> problems.add(name + ": warned about but not a service"));
    assertEquals(List.of(), problems, err);
  }

  private static String classify(Service service) {
    if (service.build() != null) {
      return "built";
    }
    if (KnownImages.builtIn().match(ImageRef.parse(service.image())).filter(KnownImage::profile).isPresent()) {
      return "matched";
    }
    boolean numericUser = service.user() != null && service.user().matches("\\d+(:\\d+)?");
    return numericUser && Boolean.TRUE.equals(service.readOnly()) ? "settled by Compose" : "unknown";
  }
}
