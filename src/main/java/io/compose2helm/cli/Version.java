package io.compose2helm.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;

/** Reads the version Maven wrote into the jar, for --version. */
public final class Version implements CommandLine.IVersionProvider {

  static final String RESOURCE = "/io/compose2helm/version.properties";

  @Override
  public String[] getVersion() throws IOException {
    Properties properties = new Properties();
    try (InputStream in = Version.class.getResourceAsStream(RESOURCE)) {
      if (in != null) {
        properties.load(in);
      }
    }
    return new String[] {"compose2helm " + properties.getProperty("version", "unknown")};
  }
}
