package io.compose2helm.chart;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The version Maven wrote into the jar, recorded in the chart manifest. */
public final class ToolVersion {

  private ToolVersion() {}

  public static String current() {
    Properties properties = new Properties();
    try (InputStream in = ToolVersion.class.getResourceAsStream("/io/compose2helm/version.properties")) {
      if (in != null) {
        properties.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties.getProperty("version", "unknown");
  }
}
