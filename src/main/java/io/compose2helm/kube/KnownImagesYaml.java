package io.compose2helm.kube;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/** Reads known-images.yaml, the table's source, checking that every key is one this code knows. */
final class KnownImagesYaml {

  static final String RESOURCE = "known-images.yaml";

  private static final Set<String> KEYS = Set.of("repositories", "uid", "gid", "anyUser", "needsRoot", "rootReason",
      "capabilities", "writablePaths", "dataPaths", "shipsFiles", "readOnlyRoot", "env", "ports", "notes", "variants",
      "workloadClass", "resources");
  private static final Set<String> VARIANT_KEYS = Set.of("uid", "gid", "needsRoot", "ports");

  private KnownImagesYaml() {}

  /** Every entry, in file order. */
  @SuppressWarnings("unchecked")
  static List<KnownImage> read(InputStream in) {
    Map<String, Object> table = (Map<String, Object>) new Load(LoadSettings.builder().build()).loadFromInputStream(in);
    List<KnownImage> profiles = new ArrayList<>();
    for (Map.Entry<String, Object> raw : table.entrySet()) {
      profiles.add(entry(raw.getKey(), (Map<String, Object>) raw.getValue()));
    }
    return List.copyOf(profiles);
  }

  @SuppressWarnings("unchecked")
  private static KnownImage entry(String name, Map<String, Object> entry) {
    checkKeys(name, entry, KEYS);
    Map<String, KnownImage.Variant> variants = new LinkedHashMap<>();
    Map<String, Map<String, Object>> rawVariants =
        (Map<String, Map<String, Object>>) entry.getOrDefault("variants", Map.of());
    for (Map.Entry<String, Map<String, Object>> raw : rawVariants.entrySet()) {
      String fragment = raw.getKey();
      Map<String, Object> variant = raw.getValue();
      checkKeys(name + ".variants." + fragment, variant, VARIANT_KEYS);
      variants.put(fragment, new KnownImage.Variant(number(variant.get("uid")), number(variant.get("gid")),
          (Boolean) variant.get("needsRoot"), variant.containsKey("ports") ? ports(variant.get("ports")) : null));
    }
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
    for (Map.Entry<String, Map<String, Object>> kind : kinds.entrySet()) {
      checkKeys(name + ".resources." + kind.getKey(), kind.getValue(), Set.of("cpu", "memory"));
      Map<String, String> text = new LinkedHashMap<>();
      for (Map.Entry<String, Object> quantity : kind.getValue().entrySet()) {
        text.put(quantity.getKey(), String.valueOf(quantity.getValue()));
      }
      resources.put(kind.getKey(), text);
    }
    return resources;
  }

  private static void checkKeys(String name, Map<String, ?> entry, Set<String> allowed) {
    for (String key : entry.keySet()) {
      if (!allowed.contains(key)) {
        throw new IllegalStateException("known-images.yaml: " + name + ": unknown key '" + key + "'");
      }
    }
  }

  @SuppressWarnings("unchecked")
  private static List<Integer> ports(Object list) {
    List<Integer> ports = new ArrayList<>();
    for (Object port : (List<Object>) list) {
      ports.add(((Number) port).intValue());
    }
    return Collections.unmodifiableList(ports);
  }

  private static Long number(Object value) {
    return value == null ? null : ((Number) value).longValue();
  }
}
