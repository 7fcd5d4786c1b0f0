package io.compose2helm.chart;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * What the chart's pure renderers made (the built-in templates, values.yaml and the documents made of
 * the same data), kept on disk between runs under all that decides it: the build of compose2helm (its
 * jar, by path, size, modification time and inode, as the launcher names its startup archive), which
 * renderer, and its data. A re-run whose data is unchanged then needs no FreeMarker and no YAML
 * emitter, which were most of a small conversion's CPU. What is kept is text the chart itself holds.
 * Reading or writing that fails is a miss, never an error: the cache can only cost a render.
 */
public final class RenderCache {

  /** No cache: every render renders. */
  public static final RenderCache NONE = new RenderCache(null, null);

  // Bump when the file layout or what the key covers changes.
  private static final String FORMAT = "compose2helm-render-1";
  private static final String PREFIX = "render-";
  private static final String SUFFIX = ".bin";
  // A few charts times a few builds, seven entries each (templates, deploy script, documents, and the
  // schema, the overlays, the services' blocks and the text around them, which an edit of a service
  // leaves alone or rewrites in place), and the documents of a few edits; a hit counts as a write.
  static final int KEEP = 48;
  // A 1,000-service chart's documents and their key are about 10 MB; the newest entry is always kept.
  static final long KEEP_BYTES = 64L * 1024 * 1024;
  private static final int MAX_ENTRIES = 4096;

  private final Path directory;
  private final String build;
  private final List<BackgroundTask<Boolean>> writes = new ArrayList<>();
  private String buildPrefix;

  private RenderCache(Path directory, String build) {
    this.directory = directory;
    this.build = build;
  }

  /**
   * A cache in {@code directory} for the jar this class was loaded from; {@link #NONE} without a
   * directory, or when the classes do not come from a jar file (see {@link BuildStamp}).
   */
  public static RenderCache forRunningJar(Path directory) {
    return directory == null ? NONE : forBuild(directory, BuildStamp.ofRunningJar());
  }

  /** A cache in {@code directory} for the build in {@code jar}; {@link #NONE} when that is no file. */
  static RenderCache forJar(Path directory, Path jar) {
    return forBuild(directory, BuildStamp.ofJar(jar));
  }

  private static RenderCache forBuild(Path directory, Optional<String> build) {
    return build.isPresent() ? of(directory, build.get()) : NONE;
  }

  /** A cache in {@code directory} whose entries belong to the build {@code build} only. */
  static RenderCache of(Path directory, String build) {
    return new RenderCache(directory, build);
  }

  boolean enabled() {
    return directory != null;
  }

  /**
   * What is kept for this renderer and this model.
   *
   * @param renderer names what renders the model (the templates, with their order where it matters)
   * @param model strings, numbers, booleans, lists and maps of them; anything else is never kept
   */
  Lookup lookup(String renderer, Object model) {
    return lookupKey(key(renderer, model, null));
  }

  /** {@link #lookup} under {@link #keyTextAround}'s key: what the model makes around the values left out. */
  Lookup lookupAround(String renderer, Object model, Map<?, ?> parent, Set<String> names) {
    return lookupKey(key(renderer, model, new Holes(parent, names)));
  }

  private Lookup lookupKey(KeyBytes key) {
    if (key == null) {
      return new Lookup(null, null, null);
    }
    // The file is named by a checksum of the key and holds the key itself: only an equal key is a hit.
    Path entry = directory.resolve(buildPrefix() + key.fingerprint() + SUFFIX);
    Map<String, String> kept = read(entry, key);
    if (kept != null) {
      // What every run reuses (the templates, the overlays, the schema) is written once: unmarked, it
      // went after a few dozen edits, each writing new documents, and the next run started FreeMarker.
      files().markUsed(entry.getFileName().toString());
    }
    return new Lookup(entry, key, kept);
  }

  private CacheFiles files() {
    return new CacheFiles(directory, PREFIX, SUFFIX, KEEP, KEEP_BYTES);
  }

  /**
   * The text {@link #lookup} keys this renderer and model by, for a caller that keeps several outputs
   * in one entry, each under its own key; null when nothing is kept (no cache, or a model it cannot key).
   */
  String keyText(String renderer, Object model) {
    return textOf(key(renderer, model, null));
  }

  /**
   * {@link #keyText} of the model with the values of {@code names} in the map {@code parent} (found by
   * identity) left out: each is written as a hole, which no value is written as. It keys what the
   * model makes around those values, when their own text is kept apart.
   */
  String keyTextAround(String renderer, Object model, Map<?, ?> parent, Set<String> names) {
    return textOf(key(renderer, model, new Holes(parent, names)));
  }

  private static String textOf(KeyBytes key) {
    return key == null ? null : key.toString();
  }

  /** The entries of one map whose values a key leaves out. */
  private record Holes(Map<?, ?> parent, Set<String> names) {}

  /** One lookup: its outputs when they were kept, else a place to keep them once rendered. */
  final class Lookup {

    private final Path entry;
    private final KeyBytes key;
    private final Map<String, String> kept;

    private Lookup(Path entry, KeyBytes key, Map<String, String> kept) {
      this.entry = entry;
      this.key = key;
      this.kept = kept;
    }

    boolean hit() {
      return kept != null;
    }

    /** The kept outputs, or null when nothing was kept: render them, then {@link #keep} them. */
    Map<String, String> kept() {
      return kept;
    }

    /**
     * Keeps what was rendered on a miss (when the model can be kept) and returns it. The entry is
     * written on a thread of its own, while the chart is finished; {@link #awaitWrites} waits for it.
     */
    Map<String, String> keep(Map<String, String> rendered) {
      if (entry != null) {
        BackgroundTask<Boolean> write = BackgroundTask.start("compose2helm-cache-write", new EntryWrite(entry, key, rendered));
        synchronized (writes) {
          writes.add(write);
        }
      }
      return rendered;
    }
  }

  /** Waits until every entry kept so far is written (or failed to be: that only loses the entry). */
  void awaitWrites() {
    List<BackgroundTask<Boolean>> pending;
    synchronized (writes) {
      pending = new ArrayList<>(writes);
      writes.clear();
    }
    for (BackgroundTask<Boolean> write : pending) {
      write.get();
    }
  }

  /** One entry's write. */
  private final class EntryWrite implements Supplier<Boolean> {
    private final Path entry;
    private final KeyBytes key;
    private final Map<String, String> outputs;

    EntryWrite(Path entry, KeyBytes key, Map<String, String> outputs) {
      this.entry = entry;
      this.key = key;
      this.outputs = outputs;
    }

    @Override
    public Boolean get() {
      write(entry, key, outputs);
      return Boolean.TRUE;
    }
  }

  /**
   * Whether the folder holds an entry of this build. A build without any (a first run, or the first
   * after a rebuild) misses everything, so its caller had better start FreeMarker at once.
   */
  boolean knowsThisBuild() {
    if (!enabled()) {
      return false;
    }
    // Names compared here, not by a glob, which the file system turns into a regular expression.
    String prefix = buildPrefix();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory)) {
      for (Path entry : entries) {
        String name = entry.getFileName().toString();
        if (name.startsWith(prefix) && name.endsWith(SUFFIX)) {
          return true;
        }
      }
      return false;
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  /** Entries are named by the build's checksum and then the key's, so a build's entries are found by name. */
  private String buildPrefix() {
    if (buildPrefix == null) {
      buildPrefix = PREFIX + new KeyBytes().text(build).fingerprint() + "-";
    }
    return buildPrefix;
  }

  /** The key of this renderer and model, or null when nothing is kept (no cache, or a model it cannot key). */
  private KeyBytes key(String renderer, Object model, Holes holes) {
    if (!enabled()) {
      return null;
    }
    KeyBytes text = new KeyBytes().text(FORMAT).ascii('\n').text(build).ascii('\n');
    try {
      append(text, renderer, null);
      append(text, model, holes);
      return text;
    } catch (UnsupportedModel e) {
      return null;
    }
  }

  /**
   * Writes the model so that two models give the same text only when they render alike: ordered maps
   * (a {@link CommentedMap} with its comments and sections) in their order, maps without a defined
   * order by sorted key, since no deterministic output can depend on that order.
   */
  private static void append(KeyBytes text, Object value, Holes holes) {
    if (value == null) {
      text.ascii('z');
    } else if (value instanceof String string) {
      appendScalar(text, 's', string);
    } else if (value instanceof Boolean) {
      appendScalar(text, 'b', value.toString());
    } else if (value instanceof Integer || value instanceof Long) {
      appendScalar(text, 'n', value.toString());
    } else if (value instanceof List<?> list) {
      text.ascii('l').number(list.size()).ascii(':');
      for (Object item : list) {
        append(text, item, holes);
      }
    } else if (value instanceof CommentedMap map) {
      boolean holesHere = holes != null && holes.parent() == map;
      text.ascii('c').number(map.size()).ascii(':');
      for (Map.Entry<String, Object> entry : map.entrySet()) {
        append(text, entry.getKey(), null);
        append(text, map.sectionAt(entry.getKey()), null);
        append(text, map.commentFor(entry.getKey()), null);
        appendValue(text, entry.getKey(), entry.getValue(), holesHere, holes);
      }
    } else if (value instanceof Map<?, ?> map) {
      boolean holesHere = holes != null && holes.parent() == map;
      Map<?, ?> ordered = map instanceof LinkedHashMap || map instanceof SortedMap ? map : sorted(map);
      text.ascii('m').number(ordered.size()).ascii(':');
      for (Map.Entry<?, ?> entry : ordered.entrySet()) {
        if (!(entry.getKey() instanceof String key)) {
          throw new UnsupportedModel();
        }
        append(text, key, null);
        appendValue(text, key, entry.getValue(), holesHere, holes);
      }
    } else {
      throw new UnsupportedModel();
    }
  }

  private static void appendValue(KeyBytes text, String key, Object value, boolean holesHere, Holes holes) {
    if (holesHere && holes.names().contains(key)) {
      text.ascii('h');
    } else {
      append(text, value, holes);
    }
  }

  private static void appendScalar(KeyBytes text, char type, String value) {
    text.ascii(type).number(value.length()).ascii(':').text(value);
  }

  private static Map<String, Object> sorted(Map<?, ?> map) {
    TreeMap<String, Object> sorted = new TreeMap<>();
    for (Map.Entry<?, ?> entry : map.entrySet()) {
      if (!(entry.getKey() instanceof String name)) {
        throw new UnsupportedModel();
      }
      sorted.put(name, entry.getValue());
    }
    return sorted;
  }

  private static Map<String, String> read(Path entry, KeyBytes key) {
    try {
      // The key and the texts are compared and decoded where they lie in the file's bytes: copying
      // them out first doubled what a 1,000-service run allocated here (about 35 MB).
      byte[] bytes = Files.readAllBytes(entry);
      DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
      if (in.readInt() != key.length() || !key.isAt(bytes, bytes.length - in.available())) {
        return null;
      }
      in.skipNBytes(key.length());
      int count = in.readInt();
      if (count < 0 || count > MAX_ENTRIES) {
        return null;
      }
      Map<String, String> outputs = new LinkedHashMap<>();
      for (int i = 0; i < count; i++) {
        String name = in.readUTF();
        int length = in.readInt();
        if (length < 0 || length > in.available()) {
          return null;
        }
        outputs.put(name, new String(bytes, bytes.length - in.available(), length, StandardCharsets.UTF_8));
        in.skipNBytes(length);
      }
      if (in.available() != 0) {
        return null;
      }
      return outputs;
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  private void write(Path entry, KeyBytes key, Map<String, String> outputs) {
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      DataOutputStream out = new DataOutputStream(bytes);
      out.writeInt(key.length());
      key.writeTo(out);
      out.writeInt(outputs.size());
      for (Map.Entry<String, String> output : outputs.entrySet()) {
        byte[] text = output.getValue().getBytes(StandardCharsets.UTF_8);
        out.writeUTF(output.getKey());
        out.writeInt(text.length);
        out.write(text);
      }
      files().write(entry.getFileName().toString(), bytes.toByteArray());
    } catch (IOException | RuntimeException e) {
      // not kept: the next run renders again
    }
  }

  /** A model value the key cannot represent faithfully. */
  private static final class UnsupportedModel extends RuntimeException {
    UnsupportedModel() {
      super(null, null, false, false);
    }
  }
}
