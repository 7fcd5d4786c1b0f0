package io.compose2helm.chart;

import io.compose2helm.diagnostics.InputException;
import io.compose2helm.diagnostics.SourceLocation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * What compose2helm wrote last into a chart: the fingerprint of every tool-owned file and the services
 * it knew. A re-run compares the files on disk with it to tell hand edits from its own output.
 * Deterministic (no timestamps, no absolute paths) so the chart stays byte-for-byte reproducible.
 *
 * @param toolVersion the compose2helm version that wrote it
 * @param services the service names in values.yaml, sorted
 * @param files fingerprints ({@link #fingerprint}) by chart-relative path, tool-owned files only
 */
public record ChartManifest(String toolVersion, List<String> services, Map<String, String> files) {

  public static final String PATH = ".compose2helm/manifest.yaml";
  private static final String FINGERPRINT = "c64:";

  public ChartManifest {
    List<String> sorted = new ArrayList<>(services);
    Collections.sort(sorted);
    services = Collections.unmodifiableList(sorted);
    files = new TreeMap<>(files);
  }

  /** The manifest of a freshly generated chart; user-owned overlays are left out. */
  public static ChartManifest of(String toolVersion, Map<String, String> chartFiles, List<String> services) {
    Map<String, String> hashes = new TreeMap<>();
    for (Map.Entry<String, String> file : chartFiles.entrySet()) {
      String path = file.getKey();
      if (!ChartOwnership.isUserOwned(path) && !path.equals(PATH)) {
        hashes.put(path, fingerprint(file.getValue()));
      }
    }
    return new ChartManifest(toolVersion, services, hashes);
  }

  /** The manifest of the chart in {@code chartDir}, empty for a new chart or one made before manifests. */
  public static Optional<ChartManifest> read(Path chartDir) {
    Path file = chartDir.resolve(PATH);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      return Optional.of(parse(Files.readString(file, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    } catch (YamlEngineException | ClassCastException | NullPointerException e) {
      throw new InputException(SourceLocation.ofFile(file.toString()), "",
          "the compose2helm manifest is damaged; delete it and rerun with --force");
    }
  }

  @SuppressWarnings("unchecked")
  public static ChartManifest parse(String text) {
    Map<String, Object> data = (Map<String, Object>) new Load(LoadSettings.builder().build()).loadFromString(text);
    Map<String, String> files = new TreeMap<>();
    for (Map.Entry<String, Object> file : ((Map<String, Object>) data.get("files")).entrySet()) {
      files.put(file.getKey(), String.valueOf(file.getValue()));
    }
    List<Object> services = (List<Object>) data.getOrDefault("services", List.of());
    List<String> names = new ArrayList<>();
    if (services != null) {
      for (Object service : services) {
        names.add(String.valueOf(service));
      }
    }
    return new ChartManifest(String.valueOf(data.get("compose2helm")), names, files);
  }

  public String render() {
    StringBuilder out = new StringBuilder()
        .append("# Written by compose2helm: what it generated last, so a re-run can tell your edits from its\n")
        .append("# own output. Do not edit; put changes in env/*.yaml.\n")
        .append("compose2helm: ").append(quote(toolVersion)).append('\n')
        .append("services:").append(services.isEmpty() ? " []\n" : "\n");
    for (String service : services) {
      out.append("  - ").append(quote(service)).append('\n');
    }
    out.append("files:\n");
    for (Map.Entry<String, String> file : files.entrySet()) {
      out.append("  ").append(quote(file.getKey())).append(": ").append(file.getValue()).append('\n');
    }
    return out.toString();
  }

  /** The recorded hash of a tool-owned file, if compose2helm wrote it last time. */
  public Optional<String> hashOf(String path) {
    return Optional.ofNullable(files.get(path));
  }

  public static String fingerprint(String content) {
    return fingerprint(content.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * What the manifest records of a file: {@value #FINGERPRINT} and 16 hex digits, the CRC-32C and the
   * CRC-32 of its bytes. It only has to tell a hand edit from compose2helm's own output, which needs
   * no cryptographic strength; the SHA-256 that earlier versions recorded took a tenth of a
   * 1,000-service run, as the JIT this tool starts with has no intrinsic for it, where both CRCs run
   * natively.
   */
  public static String fingerprint(byte[] content) {
    return FINGERPRINT + new Fingerprint().update(content, 0, content.length).hex();
  }

  /** Whether {@code recorded} (a fingerprint, or an older manifest's SHA-256) is that of {@code content}. */
  public static boolean isHashOf(String recorded, byte[] content) {
    if (recorded.startsWith(FINGERPRINT)) {
      return recorded.equals(fingerprint(content));
    }
    try {
      return recorded.equalsIgnoreCase(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  // Double-quoted so any file or service name reads back unchanged.
  private static String quote(String text) {
    return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
  }
}
