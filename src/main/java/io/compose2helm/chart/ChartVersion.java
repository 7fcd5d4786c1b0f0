package io.compose2helm.chart;

import io.compose2helm.diagnostics.InputException;
import io.compose2helm.diagnostics.SourceLocation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * Chart.yaml's {@code version} and {@code appVersion}. Both are kept across re-runs (read back from
 * the chart on disk) because they belong to the release process, not to the Compose file; never
 * derived from the clock.
 */
public record ChartVersion(String version, String appVersion) {

  public static final ChartVersion INITIAL = new ChartVersion("0.1.0", "0.1.0");

  private static final Pattern SEMVER = Pattern.compile("(\\d+)\\.(\\d+)\\.(\\d+)([-+].*)?");

  /** Which part of the version {@code --bump} increments. */
  public enum Bump { PATCH, MINOR, MAJOR }

  /**
   * The versions to write into {@code chartDir}: the existing ones, replaced by {@code
   * requestedVersion} or bumped, and with {@code requestedAppVersion} when given (each may be null).
   */
  public static ChartVersion resolve(Path chartDir, String requestedVersion, Bump bump, String requestedAppVersion) {
    ChartVersion current = readExisting(chartDir).orElse(INITIAL);
    String version = current.version();
    if (requestedVersion != null) {
      version = requireSemver(requestedVersion, "--chart-version");
    } else if (bump != null) {
      version = bump(requireSemver(version, "version in " + chartDir.resolve("Chart.yaml")), bump);
    }
    return new ChartVersion(version, requestedAppVersion != null ? requestedAppVersion : current.appVersion());
  }

  static String bump(String version, Bump bump) {
    Matcher m = SEMVER.matcher(version);
    if (!m.matches()) {
      throw new IllegalArgumentException("not a semantic version: " + version);
    }
    // Semver puts no bound on the numbers, so neither do we: 2147483648.0.0 bumps like 1.0.0.
    BigInteger major = new BigInteger(m.group(1));
    BigInteger minor = new BigInteger(m.group(2));
    BigInteger patch = new BigInteger(m.group(3));
    return switch (bump) {
      case MAJOR -> major.add(BigInteger.ONE) + ".0.0";
      case MINOR -> major + "." + minor.add(BigInteger.ONE) + ".0";
      // 1.2.3-rc.1 bumps to 1.2.3, as semver orders a pre-release before its release.
      case PATCH -> m.group(4) != null && m.group(4).startsWith("-") ? major + "." + minor + "." + patch
          : major + "." + minor + "." + patch.add(BigInteger.ONE);
    };
  }

  private static String requireSemver(String version, String where) {
    if (!SEMVER.matcher(version).matches()) {
      throw new InputException(SourceLocation.ofFile(where), "version",
          "'" + version + "' is not a semantic version X.Y.Z, which Helm requires");
    }
    return version;
  }

  @SuppressWarnings("unchecked")
  private static Optional<ChartVersion> readExisting(Path chartDir) {
    Path chartYaml = chartDir.resolve("Chart.yaml");
    if (!Files.isRegularFile(chartYaml)) {
      return Optional.empty();
    }
    try {
      Object data = new Load(LoadSettings.builder().build())
          .loadFromString(Files.readString(chartYaml, StandardCharsets.UTF_8));
      if (!(data instanceof Map)) {
        return Optional.empty();
      }
      Map<String, Object> chart = (Map<String, Object>) data;
      return Optional.of(new ChartVersion(
          String.valueOf(chart.getOrDefault("version", INITIAL.version())),
          String.valueOf(chart.getOrDefault("appVersion", INITIAL.appVersion()))));
    } catch (YamlEngineException e) {
      throw new InputException(SourceLocation.ofFile(chartYaml.toString()), "",
          "cannot read the chart's version: " + e.getMessage());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + chartYaml, e);
    }
  }
}
