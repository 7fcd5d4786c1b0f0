package io.compose2helm.chart;

import java.nio.file.Path;

/**
 * How to emit the chart.
 *
 * @param chartName the chart name (a DNS-1123 label), also the prefix of the helper templates
 * @param sourceName the Compose file name, quoted in generated headers (a name, never a full path)
 * @param templatesDir user templates overriding the built-in ones, or {@code null}
 */
public record ChartOptions(String chartName, String sourceName, Path templatesDir) {}
