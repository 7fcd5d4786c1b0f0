package io.compose2helm.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenderCacheTest {

  @TempDir Path dir;

  private final AtomicInteger renders = new AtomicInteger();

  private Map<String, String> render(String text) {
    renders.incrementAndGet();
    Map<String, String> outputs = new LinkedHashMap<>();
    outputs.put("b.yaml", text);
    outputs.put("a.yaml", "second é\n");
    return outputs;
  }

  private Map<String, String> through(RenderCache cache, String templates, Object model, String text) {
    RenderCache.Lookup lookup = cache.lookup(templates, model);
    if (lookup.hit()) {
      return lookup.kept();
    }
    Map<String, String> kept = lookup.keep(render(text));
    cache.awaitWrites(); // the entry is written on a thread of its own
    return kept;
  }

  /** Keeps a render of {@code model} and dates its entry {@code millis}; returns the entry. */
  private Path writtenAt(RenderCache cache, String templates, Object model, long millis) throws IOException {
    List<Path> before = entries();
    through(cache, templates, model, "x");
    Path written = entries().stream().filter(path -> !before.contains(path)).findFirst().orElseThrow();
    Files.setLastModifiedTime(written, FileTime.fromMillis(millis));
    return written;
  }

  private List<Path> entries() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.sorted().toList();
    }
  }

  @Test
  void lookup_sameKeyAgain_isAHitWithTheOutputsInTheirOrder() {
    RenderCache cache = RenderCache.of(dir, "build-1");
    Map<String, Object> model = Map.of("chart", "shop", "ports", List.of("80", Map.of("name", "web")));

    assertFalse(cache.lookup("t1", model).hit());
    Map<String, String> first = through(cache, "t1", model, "one\n");
    RenderCache.Lookup again = cache.lookup("t1", model);

    assertTrue(again.hit());
    Map<String, String> kept = again.kept();
    assertEquals(first, kept);
    assertEquals(List.of("b.yaml", "a.yaml"), List.copyOf(kept.keySet()));
    assertEquals(1, renders.get());
  }

  @Test
  void lookup_keyOfManyChunksWithWideCharacters_hitsOnlyTheSameModel() {
    RenderCache cache = RenderCache.of(dir, "build-1");
    List<String> services = new ArrayList<>();
    for (int i = 0; i < 20_000; i++) {
      services.add("service-" + i + (i % 9 == 0 ? "-é€" : ""));
    }
    List<String> lastEdited = new ArrayList<>(services);
    lastEdited.set(lastEdited.size() - 1, "service-é");

    through(cache, "t", Map.of("services", services), "one\n");

    assertTrue(cache.lookup("t", Map.of("services", List.copyOf(services))).hit());
    assertFalse(cache.lookup("t", Map.of("services", lastEdited)).hit(), "the key differs in its last chunk only");
    assertTrue(cache.keyText("t", Map.of("services", services)).endsWith("s16:service-19998-é€s13:service-19999"));
  }

  @Test
  void lookup_unorderedMapsAlike_areTheSameKey() {
    RenderCache cache = RenderCache.of(dir, "build-1");
    Map<String, Object> hashed = new java.util.HashMap<>();
    for (int i = 0; i < 20; i++) {
      hashed.put("key" + i, List.of(Integer.toString(i)));
    }
    Map<String, Object> reversed = new java.util.TreeMap<>(java.util.Comparator.reverseOrder());
    reversed.putAll(hashed);

    through(cache, "t", Map.copyOf(hashed), "x");

    assertTrue(cache.lookup("t", hashed).hit(), "a map without a defined order is read by sorted key");
    assertFalse(cache.lookup("t", reversed).hit(), "a sorted map in its own order");
  }

  @Test
  void lookup_orderedMapsInAnotherOrder_areAnotherKey() {
    RenderCache cache = RenderCache.of(dir, "build-1");
    Map<String, Object> forwards = new LinkedHashMap<>();
    forwards.put("a", "1");
    forwards.put("b", List.of("2"));
    Map<String, Object> backwards = new LinkedHashMap<>();
    backwards.put("b", List.of("2"));
    backwards.put("a", "1");

    through(cache, "t", forwards, "x");

    assertFalse(cache.lookup("t", backwards).hit(), "values.yaml keeps the order of its keys");
    assertTrue(cache.lookup("t", new LinkedHashMap<>(forwards)).hit());
  }

  @Test
  void keyTextAround_valuesLeftOut_doNotChangeTheKeyButEverythingElseDoes() {
    RenderCache cache = RenderCache.of(dir, "build-1");
    CommentedMap services = new CommentedMap().put("api", Map.of("image", "api:1"), "The API.")
        .with("web", Map.of("image", "web:1"));
    CommentedMap edited = new CommentedMap().put("api", Map.of("image", "api:2"), "The API.")
        .with("web", Map.of("image", "web:1"));
    CommentedMap recommented = new CommentedMap().put("api", Map.of("image", "api:1"), "Another API.")
        .with("web", Map.of("image", "web:1"));

    String around = cache.keyTextAround("t", Map.of("services", services), services, Set.of("api"));

    assertEquals(around, cache.keyTextAround("t", Map.of("services", edited), edited, Set.of("api")));
    assertNotEquals(around, cache.keyTextAround("t", Map.of("services", recommented), recommented, Set.of("api")),
        "the key's own comment is not left out");
    assertNotEquals(around, cache.keyTextAround("t", Map.of("services", services), services, Set.of("api", "web")),
        "a hole is no value");
    assertNotEquals(around, cache.keyText("t", Map.of("services", services)));
    assertNull(RenderCache.NONE.keyTextAround("t", Map.of("services", services), services, Set.of("api")));
  }

  @Test
  void lookup_commentedMaps_keyTheirCommentsAndSections() {
    RenderCache cache = RenderCache.of(dir, "build-1");
    through(cache, "t", new CommentedMap().put("port", 80, "The port."), "x");

    assertTrue(cache.lookup("t", new CommentedMap().put("port", 80, "The port.")).hit());
    assertFalse(cache.lookup("t", new CommentedMap().put("port", 80, "The service port.")).hit(), "a comment");
    assertFalse(cache.lookup("t", new CommentedMap().section("Ports", "port", 80, "The port.")).hit(), "a section");
    assertFalse(cache.lookup("t", new CommentedMap().with("port", 80)).hit(), "no comment");
    CommentedMap described = new CommentedMap().with("port", 80).describingEntries(key -> "The port.");
    assertTrue(cache.lookup("t", described).hit(), "a description from the entries' function is a comment too");
  }

  @Test
  void lookup_anyPartDiffers_isAMiss() {
    RenderCache cache = RenderCache.of(dir, "build-1");
    through(cache, "t", Map.of("chart", "shop", "list", List.of("a", "b")), "x");

    assertFalse(cache.lookup("u", Map.of("chart", "shop", "list", List.of("a", "b"))).hit(), "templates");
    assertFalse(cache.lookup("t", Map.of("chart", "shop2", "list", List.of("a", "b"))).hit(), "a value");
    assertFalse(cache.lookup("t", Map.of("chart", "shop", "list", List.of("ab"))).hit(), "a list's split");
    assertFalse(cache.lookup("t", Map.of("chart", "shop", "list", List.of("b", "a"))).hit(), "a list's order");
    assertFalse(cache.lookup("t", Map.of("chart", "shop", "list", "ab")).hit(), "a type");
    assertFalse(RenderCache.of(dir, "build-2").lookup("t", Map.of("chart", "shop", "list", List.of("a", "b"))).hit(),
        "another build of compose2helm");
    assertTrue(cache.lookup("t", Map.of("chart", "shop", "list", List.of("a", "b"))).hit());
  }

  @Test
  void lookup_modelItCannotSpell_isNeverKept() throws IOException {
    RenderCache cache = RenderCache.of(dir, "build-1");
    Map<String, Object> model = Map.of("when", new Object());

    through(cache, "t", model, "x");
    through(cache, "t", model, "x");

    assertEquals(2, renders.get());
    assertEquals(List.of(), entries());
  }

  @Test
  void lookup_damagedEntry_isAMissAndIsRewritten() throws IOException {
    RenderCache cache = RenderCache.of(dir, "build-1");
    through(cache, "t", Map.of("chart", "shop"), "x");
    Path entry = entries().get(0);
    byte[] bytes = Files.readAllBytes(entry);

    for (int cut : new int[] {0, 3, bytes.length / 2, bytes.length - 1}) {
      Files.write(entry, java.util.Arrays.copyOf(bytes, cut));
      assertFalse(cache.lookup("t", Map.of("chart", "shop")).hit(), "cut at " + cut);
    }
    Files.write(entry, (new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1) + "more")
        .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
    assertFalse(cache.lookup("t", Map.of("chart", "shop")).hit(), "trailing bytes");

    assertEquals(Map.of("b.yaml", "x", "a.yaml", "second é\n"), through(cache, "t", Map.of("chart", "shop"), "x"));
    assertTrue(cache.lookup("t", Map.of("chart", "shop")).hit());
  }

  @Test
  void lookup_entryOfAnotherKeyUnderItsName_isAMiss() throws IOException {
    RenderCache cache = RenderCache.of(dir, "build-1");
    through(cache, "t", Map.of("chart", "one"), "one");
    Path one = entries().get(0);
    through(cache, "t", Map.of("chart", "two"), "two");
    Path two = entries().stream().filter(path -> !path.equals(one)).findFirst().orElseThrow();

    // As if the two keys' checksums collided: the file holds its key, so it is not taken for the other's.
    Files.copy(one, two, java.nio.file.StandardCopyOption.REPLACE_EXISTING);

    assertFalse(cache.lookup("t", Map.of("chart", "two")).hit());
    assertTrue(cache.lookup("t", Map.of("chart", "one")).hit());
  }

  @Test
  void lookup_unusableFolder_rendersEveryTime() throws IOException {
    Path file = Files.writeString(dir.resolve("not-a-folder"), "x");
    RenderCache cache = RenderCache.of(file, "build-1");

    assertEquals("x", through(cache, "t", Map.of(), "x").get("b.yaml"));
    assertEquals("x", through(cache, "t", Map.of(), "x").get("b.yaml"));

    assertEquals(2, renders.get());
    assertEquals("x", Files.readString(file));
  }

  @Test
  void lookup_missingFolder_isMadeAndEntriesAreTheUsersOnly() throws IOException {
    Path nested = dir.resolve("cache/render");
    through(RenderCache.of(nested, "build-1"), "t", Map.of(), "x");

    assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(nested)));
    try (Stream<Path> files = Files.list(nested)) {
      List<Path> entries = files.toList();
      assertEquals(1, entries.size());
      assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(entries.get(0))));
    }
  }

  @Test
  void write_beyondTheLimit_keepsTheMostRecentlyWritten() throws IOException {
    RenderCache cache = RenderCache.of(dir, "build-1");
    for (int i = 0; i < RenderCache.KEEP; i++) {
      // Written in reverse order, as far as the times say: entry 0 is the newest, the last one the oldest.
      writtenAt(cache, "t", Map.of("n", Integer.toString(i)), 1_000_000_000L - i * 1_000L);
    }

    through(cache, "t", Map.of("n", "new"), "x");

    assertEquals(RenderCache.KEEP, entries().size());
    assertTrue(cache.lookup("t", Map.of("n", "new")).hit());
    assertTrue(cache.lookup("t", Map.of("n", "0")).hit());
    assertTrue(cache.lookup("t", Map.of("n", Integer.toString(RenderCache.KEEP - 2))).hit());
    assertFalse(cache.lookup("t", Map.of("n", Integer.toString(RenderCache.KEEP - 1))).hit());
  }

  @Test
  void lookup_hit_countsAsAWriteSoWhatEveryRunReusesOutlivesNewerEntries() throws IOException {
    RenderCache cache = RenderCache.of(dir, "build-1");
    // Written before all the others, as the built-in templates are before a day of edits.
    Path reused = writtenAt(cache, "templates", Map.of("chart", "shop"), 1_000_000_000L - RenderCache.KEEP * 1_000L);
    for (int i = 0; i < RenderCache.KEEP - 1; i++) {
      writtenAt(cache, "documents", Map.of("edit", Integer.toString(i)), 1_000_000_000L - i * 1_000L);
    }

    assertTrue(cache.lookup("templates", Map.of("chart", "shop")).hit(), "the oldest of the KEEP entries is read");
    through(cache, "documents", Map.of("edit", "new"), "x");

    assertEquals(RenderCache.KEEP, entries().size());
    assertTrue(Files.exists(reused), "the hit made it the most recently used entry");
    assertFalse(cache.lookup("documents", Map.of("edit", Integer.toString(RenderCache.KEEP - 2))).hit(),
        "the oldest of the others went instead");
  }

  @Test
  void forJar_rebuiltJar_missesWhatTheOldBuildKept() throws IOException {
    Path jar = Files.writeString(dir.resolve("compose2helm.jar"), "build one");
    Path cacheDir = dir.resolve("cache");
    RenderCache first = RenderCache.forJar(cacheDir, jar);
    assertTrue(first.enabled());
    through(first, "t", Map.of(), "x");
    assertTrue(RenderCache.forJar(cacheDir, jar).lookup("t", Map.of()).hit(), "the same build");

    // Rebuilt in place with the same size: only the modification time tells the builds apart.
    Files.writeString(jar, "build two");
    Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 1_000));

    assertFalse(RenderCache.forJar(cacheDir, jar).lookup("t", Map.of()).hit());
    assertFalse(RenderCache.forJar(cacheDir, dir).enabled(), "a classes folder");
    assertFalse(RenderCache.forJar(cacheDir, dir.resolve("missing.jar")).enabled());
  }

  @Test
  void knowsThisBuild_onlyOnceAnEntryOfItIsKept() {
    RenderCache cache = RenderCache.of(dir.resolve("render"), "build-1");
    assertFalse(cache.knowsThisBuild(), "no folder yet");

    through(cache, "t", Map.of(), "x");

    assertTrue(cache.knowsThisBuild());
    assertTrue(RenderCache.of(dir.resolve("render"), "build-1").knowsThisBuild());
    assertFalse(RenderCache.of(dir.resolve("render"), "build-2").knowsThisBuild());
    assertFalse(RenderCache.NONE.knowsThisBuild());
  }

  @Test
  void forRunningJar_classesFolderOrNoFolder_keepsNothing() {
    // The tests run from target/classes, whose modification time says nothing of what is in it.
    assertFalse(RenderCache.forRunningJar(dir).enabled());
    assertFalse(RenderCache.forRunningJar(null).enabled());
    assertFalse(RenderCache.NONE.lookup("t", Map.of()).hit());
  }
}
