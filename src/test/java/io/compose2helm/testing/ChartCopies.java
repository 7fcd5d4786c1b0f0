package io.compose2helm.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import io.compose2helm.chart.YamlWriter;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/** Throw-away copies of a chart with a different values.yaml, for tools that take no -f. */
final class ChartCopies {

  private ChartCopies() {}

  /** Copies the chart into a new temp dir named like the chart (lint checks the name). */
  static Path copyWithValues(Path chartDir, Map<String, Object> values) throws IOException {
    Path target = Files.createTempDirectory("chart-copy-").resolve(chartDir.getFileName());
    FileTrees.copy(chartDir, target);
    // The product's writer quotes what YAML 1.1 (Helm's reader) would misread, such as "off".
    String yaml = new YamlWriter().write(values, null);
    Files.writeString(target.resolve("values.yaml"), yaml);
    return target;
  }

  static Map<String, Object> readValues(Path valuesFile) throws IOException {
    Object loaded = new Load(LoadSettings.builder().build())
        .loadFromString(Files.readString(valuesFile));
    if (loaded == null) {
      return Map.of(); // an empty values file is legal and means "no values"
    }
    if (!(loaded instanceof Map<?, ?> map)) {
      throw new IllegalArgumentException(valuesFile + " is not a YAML mapping");
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> values = (Map<String, Object>) map;
    return values;
  }

  /** Removes a copy made by {@link #copyWithValues}, including its temp parent dir. */
  static void delete(Path copy) {
    try {
      FileTrees.delete(copy.getParent());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

}
