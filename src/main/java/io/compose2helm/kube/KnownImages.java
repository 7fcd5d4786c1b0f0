package io.compose2helm.kube;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/** The table of known image profiles, read from known-images.yaml beside this class. */
public final class KnownImages {

  private static final KnownImages BUILT_IN = load();

  private final List<KnownImage> profiles;

  private KnownImages(List<KnownImage> profiles) {
    this.profiles = profiles;
  }

  public static KnownImages builtIn() {
    return BUILT_IN;
  }

  /** The profile for a repository such as {@code docker.io/library/postgres}, if any. */
  public Optional<KnownImage> match(String repository) {
    String normalized = withoutRegistry(repository);
    return profiles.stream().filter(profile -> profile.repositories().contains(normalized)).findFirst();
  }

  /**
   * The port clients of an image named {@code name} use ({@code mysql}, {@code cassandra}, the
   * last segment of a repository), or {@code null}: a variable called {@code MYSQL_HOST} points at
   * a MySQL server whatever image serves it.
   */
  public Integer usualPort(String name) {
    return profiles.stream()
        .filter(image -> !image.ports().isEmpty())
        .filter(image -> image.name().equals(name)
            || image.repositories().stream().anyMatch(r -> r.substring(r.lastIndexOf('/') + 1).equals(name)))
        .map(image -> image.ports().get(0))
        .findFirst()
        .orElse(null);
  }

  /** Drops a registry host and Docker Hub's implicit {@code library/}. */
  static String withoutRegistry(String repository) {
    String path = repository;
    int slash = path.indexOf('/');
    if (slash > 0) {
      String first = path.substring(0, slash);
      if (first.contains(".") || first.contains(":") || first.equals("localhost")) {
        path = path.substring(slash + 1);
      }
    }
    return path.startsWith("library/") ? path.substring("library/".length()) : path;
  }

  @SuppressWarnings("unchecked")
  private static KnownImages load() {
    try (InputStream in = KnownImages.class.getResourceAsStream("known-images.yaml")) {
      if (in == null) {
        throw new IllegalStateException("known-images.yaml is missing from the classpath");
      }
      Map<String, Object> table = (Map<String, Object>) new Load(LoadSettings.builder().build()).loadFromInputStream(in);
      List<KnownImage> profiles = new ArrayList<>();
      table.forEach((name, raw) -> {
        Map<String, Object> entry = (Map<String, Object>) raw;
        Map<String, Object> alpine = (Map<String, Object>) entry.getOrDefault("alpine", Map.of());
        boolean profile = entry.containsKey("uid");
        profiles.add(new KnownImage(
            name,
            (List<String>) entry.get("repositories"),
            profile ? number(entry.get("uid")) : 0,
            profile ? number(entry.get("gid")) : 0,
            alpine.containsKey("uid") ? number(alpine.get("uid")) : null,
            alpine.containsKey("gid") ? number(alpine.get("gid")) : null,
            (List<String>) entry.getOrDefault("writablePaths", List.of()),
            new LinkedHashMap<>((Map<String, String>) entry.getOrDefault("env", Map.of())),
            Boolean.TRUE.equals(entry.get("needsRoot")),
            (List<String>) entry.getOrDefault("capabilities", List.of()),
            profile,
            ((List<Object>) entry.getOrDefault("ports", List.of())).stream().map(p -> (int) number(p)).toList()));
      });
      return new KnownImages(List.copyOf(profiles));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static long number(Object value) {
    return ((Number) value).longValue();
  }
}
