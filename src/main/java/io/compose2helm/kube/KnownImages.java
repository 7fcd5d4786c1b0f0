package io.compose2helm.kube;

import io.compose2helm.compose.ImageRef;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/** The table of known image profiles, read from known-images.yaml beside this class. */
public final class KnownImages {

  private static final Set<String> KEYS = Set.of("repositories", "uid", "gid", "anyUser", "needsRoot", "rootReason",
      "capabilities", "writablePaths", "dataPaths", "shipsFiles", "readOnlyRoot", "env", "ports", "notes", "variants",
      "workloadClass", "resources");
  private static final Set<String> VARIANT_KEYS = Set.of("uid", "gid", "needsRoot", "ports");
  private static final KnownImages BUILT_IN = load();

  private final List<KnownImage> profiles;
  // The first entry naming each repository: every service's image is looked up.
  private final Map<String, KnownImage> byRepository = new HashMap<>();

  private KnownImages(List<KnownImage> profiles) {
    this.profiles = profiles;
    profiles.forEach(profile -> profile.repositories().forEach(repository -> byRepository.putIfAbsent(repository, profile)));
  }

  public static KnownImages builtIn() {
    return BUILT_IN;
  }

  /** Every entry, in file order. */
  public List<KnownImage> all() {
    return profiles;
  }

  /** The entry for a repository such as {@code docker.io/library/postgres}, if any, whatever the tag. */
  public Optional<KnownImage> match(String repository) {
    String normalized = withoutRegistry(repository);
    return Optional.ofNullable(byRepository.get(normalized));
  }

  /** The entry for an image reference, resolved for its tag (alpine, management... variants). */
  public Optional<KnownImage> match(ImageRef image) {
    return match(image.repository()).map(profile -> profile.forTag(image.tag()));
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

  /**
   * Drops a registry host ({@code docker.io}, {@code mirror.gcr.io}, {@code localhost:5000}: a
   * first segment with a dot or a port, as Docker reads it) and Docker Hub's implicit {@code library/}.
   */
  static String withoutRegistry(String repository) {
    String path = repository.toLowerCase(Locale.ROOT);
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
      table.forEach((name, raw) -> profiles.add(entry(name, (Map<String, Object>) raw)));
      return new KnownImages(List.copyOf(profiles));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @SuppressWarnings("unchecked")
  private static KnownImage entry(String name, Map<String, Object> entry) {
    checkKeys(name, entry, KEYS);
    Map<String, KnownImage.Variant> variants = new LinkedHashMap<>();
    ((Map<String, Map<String, Object>>) entry.getOrDefault("variants", Map.of())).forEach((fragment, variant) -> {
      checkKeys(name + ".variants." + fragment, variant, VARIANT_KEYS);
      variants.put(fragment, new KnownImage.Variant(number(variant.get("uid")), number(variant.get("gid")),
          (Boolean) variant.get("needsRoot"), variant.containsKey("ports") ? ports(variant.get("ports")) : null));
    });
    boolean needsRoot = Boolean.TRUE.equals(entry.get("needsRoot"));
    return new KnownImage(
        name,
        (List<String>) entry.get("repositories"),
        needsRoot ? Long.valueOf(0) : number(entry.get("uid")),
        needsRoot ? Long.valueOf(0) : number(entry.get("gid")),
        Boolean.TRUE.equals(entry.get("anyUser")),
        needsRoot,
        (String) entry.get("rootReason"),
        (List<String>) entry.getOrDefault("capabilities", List.of()),
        (List<String>) entry.getOrDefault("writablePaths", List.of()),
        (List<String>) entry.getOrDefault("dataPaths", List.of()),
        (List<String>) entry.getOrDefault("shipsFiles", List.of()),
        !Boolean.FALSE.equals(entry.get("readOnlyRoot")),
        new LinkedHashMap<>((Map<String, String>) entry.getOrDefault("env", Map.of())),
        ports(entry.getOrDefault("ports", List.of())),
        (String) entry.get("notes"),
        variants,
        entry.containsKey("workloadClass") ? WorkloadClass.of((String) entry.get("workloadClass")) : null,
        resources(name, entry.get("resources")));
  }

  /** requests/limits as the image's docs give them; only cpu and memory, as text quantities. */
  @SuppressWarnings("unchecked")
  private static Map<String, Map<String, String>> resources(String name, Object raw) {
    Map<String, Map<String, String>> resources = new LinkedHashMap<>();
    Map<String, Map<String, Object>> kinds = (Map<String, Map<String, Object>>) (raw == null ? Map.of() : raw);
    checkKeys(name + ".resources", kinds, Set.of("requests", "limits"));
    kinds.forEach((kind, quantities) -> {
      checkKeys(name + ".resources." + kind, quantities, Set.of("cpu", "memory"));
      Map<String, String> text = new LinkedHashMap<>();
      quantities.forEach((resource, quantity) -> text.put(resource, String.valueOf(quantity)));
      resources.put(kind, text);
    });
    return resources;
  }

  private static void checkKeys(String name, Map<String, ?> entry, Set<String> allowed) {
    entry.keySet().stream().filter(key -> !allowed.contains(key)).findFirst().ifPresent(key -> {
      throw new IllegalStateException("known-images.yaml: " + name + ": unknown key '" + key + "'");
    });
  }

  @SuppressWarnings("unchecked")
  private static List<Integer> ports(Object list) {
    return ((List<Object>) list).stream().map(p -> ((Number) p).intValue()).toList();
  }

  private static Long number(Object value) {
    return value == null ? null : ((Number) value).longValue();
  }
}
