package io.compose2helm.compose;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The keys the Compose specification allows at each level. They come from the specification's
 * JSON schema (not a hand-written list), so that a key the spec defines is never reported as a
 * typo; the table is generated from it at build time by the test sources'
 * ComposeSchemaKeysGenerator (a test checks it is current), because parsing the 75 KB schema at
 * every start cost more than loading a whole project.
 */
final class ComposeSchema {

  static final String RESOURCE = "compose-spec-keys.txt";
  private static final ComposeSchema INSTANCE = load();

  private final Map<String, Set<String>> keys;

  private ComposeSchema(Map<String, Set<String>> keys) {
    this.keys = keys;
  }

  static ComposeSchema get() {
    return INSTANCE;
  }

  private static ComposeSchema load() {
    Map<String, Set<String>> keys = new HashMap<>();
    try (InputStream in = ComposeSchema.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.startsWith("#")) {
          int tab = line.indexOf('\t');
          String names = line.substring(tab + 1);
          keys.put(line.substring(0, tab), names.isEmpty() ? Set.of() : Set.of(names.split(" ")));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new ComposeSchema(keys);
  }

  /**
   * The property names of the object schema at a JSON pointer made of {@code definitions} and
   * {@code properties} steps (e.g. {@code /definitions/service/properties/ports}: the long-syntax
   * port keys); the table follows {@code $ref}, {@code oneOf} and list items to find it.
   */
  Set<String> keysAt(String pointer) {
    Set<String> found = keys.get(pointer);
    if (found == null) {
      throw new IllegalArgumentException("no object schema at " + pointer + " in " + RESOURCE);
    }
    return found;
  }
}
