package io.compose2helm.chart;

import java.nio.file.Path;

/**
 * How to emit the chart.
 *
 * @param chartName the chart name (a DNS-1123 label), also the prefix of the helper templates
 * @param sourceName the Compose file name, quoted in generated headers (a name, never a full path)
 * @param templatesDir user templates overriding the built-in ones, or {@code null}
 * @param composeDirectoryFromChart the Compose file's folder relative to the chart folder, so the
 *     deploy script finds build contexts from wherever it is run
 * @param envFileFromChart the env file the Secret is made from, relative to the chart folder
 * @param version Chart.yaml's version and appVersion
 */
public record ChartOptions(
    String chartName, String sourceName, Path templatesDir, String composeDirectoryFromChart, String envFileFromChart,
    ChartVersion version) {}
