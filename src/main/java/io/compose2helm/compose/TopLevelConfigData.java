package io.compose2helm.compose;

import java.util.Map;
import java.util.TreeMap;

/** The top-level networks, volumes, secrets and configs as {@code docker compose config} shows them. */
final class TopLevelConfigData {

  private TopLevelConfigData() {}

  static Map<String, Object> networks(Map<String, NamedNetwork> networks) {
    Map<String, Object> data = new TreeMap<>();
    for (Map.Entry<String, NamedNetwork> entry : networks.entrySet()) {
      NamedNetwork network = entry.getValue();
      Map<String, Object> fields = new TreeMap<>();
      ServiceConfigData.put(fields, "driver", network.driver());
      putTrue(fields, "external", network.external());
      putTrue(fields, "internal", network.internal());
      data.put(entry.getKey(), fields.isEmpty() ? null : fields);
    }
    return data;
  }

  static Map<String, Object> volumes(Map<String, NamedVolume> volumes) {
    Map<String, Object> data = new TreeMap<>();
    for (Map.Entry<String, NamedVolume> entry : volumes.entrySet()) {
      NamedVolume volume = entry.getValue();
      Map<String, Object> fields = new TreeMap<>();
      ServiceConfigData.put(fields, "driver", volume.driver());
      ServiceConfigData.put(fields, "driver_opts", volume.driverOpts() == null ? null : new TreeMap<>(volume.driverOpts()));
      putTrue(fields, "external", volume.external());
      ServiceConfigData.put(fields, "labels", volume.labels() == null ? null : new TreeMap<>(volume.labels()));
      data.put(entry.getKey(), fields.isEmpty() ? null : fields);
    }
    return data;
  }

  static Map<String, Object> fileObjects(Map<String, FileObject> objects) {
    Map<String, Object> data = new TreeMap<>();
    for (Map.Entry<String, FileObject> entry : objects.entrySet()) {
      FileObject object = entry.getValue();
      Map<String, Object> fields = new TreeMap<>();
      ServiceConfigData.put(fields, "file", object.file());
      ServiceConfigData.put(fields, "environment", object.environment());
      ServiceConfigData.put(fields, "content", object.content());
      putTrue(fields, "external", object.external());
      data.put(entry.getKey(), fields.isEmpty() ? null : fields);
    }
    return data;
  }

  private static void putTrue(Map<String, Object> fields, String key, boolean value) {
    if (value) {
      fields.put(key, true);
    }
  }
}
