package io.compose2helm.compose;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** Reads the top-level {@code volumes:}, {@code networks:}, {@code secrets:} and {@code configs:}. */
final class TopLevelObjectsReader {

  private static final KeyCheck VOLUME_KEYS =
      KeyCheck.ofSchema("/definitions/volume", Set.of("driver", "driver_opts", "external", "labels"));
  private static final KeyCheck NETWORK_KEYS =
      KeyCheck.ofSchema("/definitions/network", Set.of("driver", "external", "internal"));
  private static final KeyCheck SECRET_KEYS =
      KeyCheck.ofSchema("/definitions/secret", Set.of("file", "environment", "external"));
  private static final KeyCheck CONFIG_KEYS =
      KeyCheck.ofSchema("/definitions/config", Set.of("file", "environment", "content", "external"));

  private TopLevelObjectsReader() {}

  static Map<String, NamedVolume> volumes(YamlValue section) {
    Map<String, NamedVolume> result = new LinkedHashMap<>();
    for (YamlEntry entry : section.entriesOrEmpty()) {
      String driver = null;
      Map<String, String> driverOpts = Map.of();
      boolean external = false;
      Map<String, String> labels = Map.of();
      for (YamlEntry field : entry.value().entriesOrEmpty()) {
        if (!VOLUME_KEYS.accept(field, section.context().diagnostics())) {
          continue;
        }
        YamlValue value = field.value();
        switch (field.key()) {
          case "driver" -> driver = value.text();
          case "driver_opts" -> driverOpts = KeyValueList.strings(value);
          case "external" -> external = external(value);
          case "labels" -> labels = KeyValueList.strings(value);
          default -> { /* x- extensions of a volume have no meaning for the model */ }
        }
      }
      result.put(entry.key(), new NamedVolume(entry.key(), driver, driverOpts, external, labels));
    }
    return result;
  }

  static Map<String, NamedNetwork> networks(YamlValue section) {
    Map<String, NamedNetwork> result = new LinkedHashMap<>();
    for (YamlEntry entry : section.entriesOrEmpty()) {
      String driver = null;
      boolean external = false;
      boolean internal = false;
      for (YamlEntry field : entry.value().entriesOrEmpty()) {
        if (!NETWORK_KEYS.accept(field, section.context().diagnostics())) {
          continue;
        }
        YamlValue value = field.value();
        switch (field.key()) {
          case "driver" -> driver = value.text();
          case "external" -> external = external(value);
          case "internal" -> internal = value.bool();
          default -> { /* x- extensions of a network have no meaning for the model */ }
        }
      }
      result.put(entry.key(), new NamedNetwork(entry.key(), driver, external, internal));
    }
    return result;
  }

  static Map<String, FileObject> secrets(YamlValue section) {
    return fileObjects(section, SECRET_KEYS);
  }

  static Map<String, FileObject> configs(YamlValue section) {
    return fileObjects(section, CONFIG_KEYS);
  }

  private static Map<String, FileObject> fileObjects(YamlValue section, KeyCheck keys) {
    Map<String, FileObject> result = new LinkedHashMap<>();
    for (YamlEntry entry : section.entriesOrEmpty()) {
      String file = null;
      String environment = null;
      String content = null;
      boolean external = false;
      for (YamlEntry field : entry.value().entriesOrEmpty()) {
        if (!keys.accept(field, section.context().diagnostics())) {
          continue;
        }
        YamlValue value = field.value();
        switch (field.key()) {
          case "file" -> file = value.text();
          case "environment" -> environment = value.text();
          case "content" -> content = value.text();
          case "external" -> external = external(value);
          default -> { /* x- extensions of a secret or config have no meaning for the model */ }
        }
      }
      result.put(entry.key(), new FileObject(entry.key(), file, environment, content, external));
    }
    return result;
  }

  /** {@code external: true}, or the legacy {@code external: {name: ...}} which also means true. */
  private static boolean external(YamlValue value) {
    return value.isMapping() || value.bool();
  }
}
