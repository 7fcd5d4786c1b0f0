package io.compose2helm.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.compose2helm.compose.ComposeLoader;
import io.compose2helm.compose.ComposeProject;
import io.compose2helm.compose.LoadRequest;
import io.compose2helm.diagnostics.Diagnostics;
import io.compose2helm.diagnostics.InputException;
import io.compose2helm.it.Conversion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The chart with rendered templates taken from the cache is the chart without it, byte for byte. */
class ChartGeneratorCacheTest {

  private static final Path SAMPLE = Path.of("samples/bytelyst");

  @TempDir Path cacheDir;

  private static ComposeProject sample(Map<String, String> environment) {
    return new ComposeLoader().load(new LoadRequest(List.of(SAMPLE.resolve("docker-compose.yml")),
        List.of(SAMPLE.resolve(".env.ecosystem")), environment, null), new Diagnostics());
  }

  /** The chart's files, once the cache entries the run kept are written, as the commands wait for them. */
  private static Map<String, String> generated(ChartGenerator generator, ComposeProject project, ChartOptions options) {
    Map<String, String> files = generator.generate(project, options, new Diagnostics());
    generator.awaitCacheWrites();
    return files;
  }

  private static Map<String, String> generate(RenderCache cache, String composeDirectory) {
    return generate(cache, composeDirectory, ChartVersion.INITIAL);
  }

  private static Map<String, String> generate(RenderCache cache, String composeDirectory, ChartVersion version) {
    return generate(cache, composeDirectory, version, Map.of());
  }

  private static Map<String, String> generate(RenderCache cache, String composeDirectory, ChartVersion version,
      Map<String, String> environment) {
    ChartOptions options = new ChartOptions("bytelyst", "docker-compose.yml", null, composeDirectory,
        composeDirectory + "/.env.ecosystem", version);
    return generated(ChartGenerator.preparing(null, cache), sample(environment), options);
  }

  private List<Path> entries() throws IOException {
    try (Stream<Path> files = Files.list(cacheDir)) {
      return files.sorted().toList();
    }
  }

  /**
   * Replaces texts in every entry, each pair (text, replacement) of the same length: the entries stay
   * well formed, so a run whose output shows a replacement took that text from the cache.
   */
  private void editEntries(List<String> pairs) throws IOException {
    for (Path entry : entries()) {
      String text = new String(Files.readAllBytes(entry), StandardCharsets.ISO_8859_1);
      for (int i = 0; i < pairs.size(); i += 2) {
        assertEquals(pairs.get(i).length(), pairs.get(i + 1).length(), pairs.get(i));
        text = text.replace(pairs.get(i), pairs.get(i + 1));
      }
      Files.write(entry, text.getBytes(StandardCharsets.ISO_8859_1));
    }
  }

  @Test
  void generate_withCache_givesTheSameBytesOnAMissAndOnAHit() throws IOException {
    Map<String, String> uncached = generate(RenderCache.NONE, "../samples/bytelyst");
    RenderCache cache = RenderCache.of(cacheDir, "test-build");

    Map<String, String> miss = generate(cache, "../samples/bytelyst");
    List<Path> kept = entries();
    Map<String, String> hit = generate(cache, "../samples/bytelyst");

    assertEquals(uncached, miss);
    assertEquals(uncached, hit);
    assertEquals(7, kept.size(), "the Helm templates, the deploy script, values.yaml with its documents, and on"
        + " their own the schema, Chart.yaml with the overlays, the services' blocks and the text around them");
    assertEquals(kept, entries(), "a hit keeps nothing new");
  }

  @Test
  void generate_keptOutputs_areWhatItWrites() throws IOException {
    RenderCache cache = RenderCache.of(cacheDir, "test-build");
    generate(cache, "../samples/bytelyst");
    editEntries(List.of("kind: Service\n", "kind: Servic3\n", "wait_for_rollouts() {", "wait_for_rollout5() {",
        "\nforceReplicas: 0\n", "\nforceReplicas: 7\n"));

    Map<String, String> files = generate(cache, "../samples/bytelyst");

    assertTrue(files.get("templates/service.yaml").contains("kind: Servic3\n"));
    assertTrue(files.get(DeployScriptRenderer.FILE_NAME).contains("wait_for_rollout5() {"));
    assertTrue(files.get("values.yaml").contains("\nforceReplicas: 7\n"));
  }

  @Test
  void generate_deployScriptDataChanged_rendersOnlyTheScriptAgain() throws IOException {
    RenderCache cache = RenderCache.of(cacheDir, "test-build");
    generate(cache, "../samples/bytelyst");

    Map<String, String> moved = generate(cache, "../../elsewhere/bytelyst");

    assertEquals(8, entries().size(), "one more entry: the script; the Helm templates and values.yaml were kept");
    assertEquals(generate(RenderCache.NONE, "../../elsewhere/bytelyst"), moved);
  }

  @Test
  void generate_chartVersionChanged_makesTheDocumentsAgain() throws IOException {
    RenderCache cache = RenderCache.of(cacheDir, "test-build");
    generate(cache, "../samples/bytelyst");
    ChartVersion next = new ChartVersion("0.2.0", "0.1.0");

    Map<String, String> bumped = generate(cache, "../samples/bytelyst", next);

    assertEquals(9, entries().size(), "two more entries: Chart.yaml, and the documents made with it");
    assertEquals(generate(RenderCache.NONE, "../samples/bytelyst", next), bumped);
    assertTrue(bumped.get("Chart.yaml").contains("version: 0.2.0"), bumped.get("Chart.yaml"));
  }

  @Test
  void generate_serviceEnvironmentEdited_makesValuesAndReadmeAgainButKeepsTheSchemaAndOverlays() throws IOException {
    RenderCache cache = RenderCache.of(cacheDir, "test-build");
    generate(cache, "../samples/bytelyst");
    List<Path> before = entries();
    Map<String, String> edited = Map.of("LOG_LEVEL", "debug");

    Map<String, String> files = generate(cache, "../samples/bytelyst", ChartVersion.INITIAL, edited);

    List<Path> added = entries().stream().filter(entry -> !before.contains(entry)).toList();
    assertEquals(1, added.size(), "only the documents are new; the schema, Chart.yaml and the overlays were kept,"
        + " and the text around the services' blocks");
    assertEquals(generate(RenderCache.NONE, "../samples/bytelyst", ChartVersion.INITIAL, edited), files);
    assertTrue(files.get("values.yaml").contains("LOG_LEVEL: debug"), "the edit shows");
    assertEquals(files, generate(cache, "../samples/bytelyst", ChartVersion.INITIAL, edited), "and reads back whole");
  }

  @Test
  void generate_oneServiceEdited_takesTheOtherBlocksAndTheTextAroundThemFromTheCache() throws IOException {
    RenderCache cache = RenderCache.of(cacheDir, "test-build");
    generate(cache, "../samples/bytelyst");
    editEntries(List.of("repository: bytelyst/admin\n", "repository: bytelyst/admiN\n",
        "| `bytelyst/admin` |", "| `bytelyst/admiN` |", "\nforceReplicas: 0\n", "\nforceReplicas: 7\n",
        "| `forceReplicas` |", "| `forceReplicaS` |"));

    // LOG_LEVEL is in the environment of the APIs and db-migrate, not of admin.
    Map<String, String> files = generate(cache, "../samples/bytelyst", ChartVersion.INITIAL, Map.of("LOG_LEVEL", "debug"));

    String values = files.get("values.yaml");
    assertTrue(values.contains("repository: bytelyst/admiN\n"), "admin's block was kept");
    assertTrue(files.get("README.md").contains("| `bytelyst/admiN` |"), "and its rows in the README");
    assertTrue(values.contains("\nforceReplicas: 7\n"), "the text around the blocks was kept");
    assertTrue(files.get("README.md").contains("| `forceReplicaS` |"), "in the README too");
    assertTrue(values.contains("LOG_LEVEL: debug\n"), "the edited blocks were made again");
    assertFalse(values.contains("LOG_LEVEL: info\n"), values);
  }

  /** Every Compose file of the corpora that loads on its own: cached, each entry kept, and byte for byte the same. */
  @Test
  void generate_corpusFiles_areCachedWholeAndTheSameOnAHit() throws IOException {
    List<Path> files = Conversion.corpusComposeFiles();
    int converted = 0;
    for (Path file : files) {
      ComposeProject project;
      try {
        project = new ComposeLoader().load(new LoadRequest(List.of(file), List.of(), Map.of(), null), new Diagnostics());
      } catch (InputException e) {
        continue; // an override file, or one that needs its env files: CorpusTest runs those as upstream does
      }
      ChartOptions options = new ChartOptions("corpus", file.getFileName().toString(), null, "..", "../.env",
          ChartVersion.INITIAL);
      Map<String, String> uncached;
      try {
        uncached = generated(ChartGenerator.preparing(null, RenderCache.NONE), project, options);
      } catch (InputException e) {
        continue;
      }
      Path cache = Files.createDirectories(cacheDir.resolve(Integer.toString(converted++)));
      RenderCache kept = RenderCache.of(cache, "test-build");
      Map<String, String> miss = generated(ChartGenerator.preparing(null, kept), project, options);
      Map<String, String> hit = generated(ChartGenerator.preparing(null, kept), project, options);

      assertEquals(uncached, miss, file.toString());
      assertEquals(uncached, hit, file.toString());
      try (Stream<Path> entries = Files.list(cache)) {
        assertEquals(7, entries.count(), file + ": every part of its chart was cacheable");
      }
    }
    System.out.println("render cache over the corpora: " + converted + " of " + files.size() + " files cached whole");
    assertTrue(converted >= 50, "most corpus files convert on their own: " + converted);
  }

  @Test
  void generate_concurrentRunsOnOneCache_allGiveTheSameChartAndLeaveWholeEntries() throws Exception {
    Map<String, String> uncached = generate(RenderCache.NONE, "../samples/bytelyst");
    RenderCache cache = RenderCache.of(cacheDir, "test-build");
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      List<java.util.concurrent.Future<Map<String, String>>> runs = new java.util.ArrayList<>();
      for (int i = 0; i < 8; i++) {
        runs.add(pool.submit(() -> generate(cache, "../samples/bytelyst")));
      }
      for (java.util.concurrent.Future<Map<String, String>> run : runs) {
        assertEquals(uncached, run.get());
      }
    } finally {
      pool.shutdownNow();
    }

    List<String> names = entries().stream().map(path -> path.getFileName().toString()).toList();
    assertEquals(7, names.size(), "one entry each, no scratch file left: " + names);
    assertTrue(names.stream().allMatch(name -> name.endsWith(".bin")), names.toString());
    assertEquals(uncached, generate(cache, "../samples/bytelyst"), "and they read back whole");
  }

  @Test
  void generate_withCache_keepsNoSecretOfTheEnvFile() throws IOException {
    generate(RenderCache.of(cacheDir, "test-build"), "../samples/bytelyst");
    List<String> secrets = Files.readAllLines(SAMPLE.resolve(".env.ecosystem")).stream()
        .filter(line -> line.matches("(POSTGRES_PASSWORD|JWT_SECRET|SESSION_SECRET|STRIPE_SECRET_KEY)=.+"))
        .map(line -> line.substring(line.indexOf('=') + 1).replace("'", ""))
        .toList();

    assertEquals(4, secrets.size());
    for (Path entry : entries()) {
      String text = new String(Files.readAllBytes(entry), StandardCharsets.UTF_8);
      for (String secret : secrets) {
        assertFalse(text.contains(secret), entry + " holds a secret");
        assertFalse(text.contains(secret.substring(0, secret.length() / 2)), entry + " holds half a secret");
      }
    }
  }
}
