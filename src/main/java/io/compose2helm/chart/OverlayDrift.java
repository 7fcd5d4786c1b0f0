package io.compose2helm.chart;

import io.compose2helm.compose.YamlLimits;
import io.compose2helm.diagnostics.Diagnostic;
import io.compose2helm.diagnostics.InputException;
import io.compose2helm.diagnostics.Severity;
import io.compose2helm.diagnostics.SourceLocation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * How the user's overlays have drifted from the Compose file: settings under {@code services.<name>}
 * for services that no longer exist (the chart ignores them, so they are dead settings), services
 * removed since the last run (their objects go away on the next upgrade), and services added since
 * the last run (which get only the overlays' environment-wide {@code defaults}). The overlays are
 * only read, never touched.
 */
public final class OverlayDrift {

  /**
   * @param chartDir the chart whose env/*.yaml to read
   * @param services the services of the chart being written
   * @param previous the manifest of the last run, which knows the services of that time
   */
  public List<Diagnostic> find(Path chartDir, Collection<String> serviceList, Optional<ChartManifest> previous) {
    List<Diagnostic> findings = new ArrayList<>();
    // Sets: each service is looked up in the other list, a thousand times a thousand at 1,000 services.
    Set<String> services = new HashSet<>(serviceList);
    Set<String> previousServices = previous.isPresent() ? Set.copyOf(previous.get().services()) : Set.of();
    List<Path> overlays = overlaysIn(chartDir);
    for (Path overlay : overlays) {
      for (ScalarNode service : serviceKeys(overlay)) {
        if (!services.contains(service.getValue())) {
          findings.add(new Diagnostic(Severity.WARNING, locationOf(overlay, service), "services." + service.getValue(),
              "service '" + service.getValue() + "' is no longer in the Compose file; the chart ignores these settings"
                  + " (no image), so remove them or move them to the service that replaced it"));
        }
      }
    }
    if (previous.isPresent()) {
      for (String removed : sorted(previous.get().services())) {
        if (!services.contains(removed)) {
          findings.add(new Diagnostic(Severity.WARNING, SourceLocation.ofFile(chartDir.resolve("values.yaml").toString()),
              "services." + removed, "service '" + removed + "' is no longer in the Compose file: its objects are"
                  + " deleted by the next helm upgrade (claims are kept)"));
        }
      }
    }
    if (previous.isPresent() && !overlays.isEmpty()) {
      String overlayNames = overlayNames(overlays);
      for (String added : sorted(services)) {
        if (!previousServices.contains(added)) {
          findings.add(new Diagnostic(Severity.WARNING, SourceLocation.ofFile(chartDir.resolve("values.yaml").toString()),
              "services." + added, "service '" + added + "' is new since the overlays were written: it inherits the"
                  + " environment-wide defaults of " + overlayNames + "; add services." + added + " there to tune it"));
        }
      }
    }
    return findings;
  }

  private static List<String> sorted(Collection<String> services) {
    List<String> sorted = new ArrayList<>(services);
    Collections.sort(sorted);
    return sorted;
  }

  private static String overlayNames(List<Path> overlays) {
    StringJoiner names = new StringJoiner(", ");
    for (Path overlay : overlays) {
      names.add(ChartOwnership.OVERLAY_DIR + overlay.getFileName());
    }
    return names.toString();
  }

  private static List<Path> overlaysIn(Path chartDir) {
    Path dir = chartDir.resolve(ChartOwnership.OVERLAY_DIR);
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    List<Path> overlays = new ArrayList<>();
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
      for (Path file : files) {
        if (file.getFileName().toString().endsWith(".yaml") && Files.isRegularFile(file)) {
          overlays.add(file);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir, e);
    } catch (DirectoryIteratorException e) {
      throw new UncheckedIOException(e.getCause());
    }
    Collections.sort(overlays);
    return overlays;
  }

  /** The keys of the top-level {@code services} mapping, with their positions. */
  private static List<ScalarNode> serviceKeys(Path overlay) {
    Optional<Node> root;
    try {
      String text = Files.readString(overlay, StandardCharsets.UTF_8);
      LoadSettings settings = LoadSettings.builder().build();
      // checked: the composer would overflow the stack on deep nesting
      root = new Composer(settings, YamlLimits.checking(text, settings, overlay.toString())).getSingleNode();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + overlay, e);
    } catch (YamlEngineException | InputException e) {
      return List.of(); // helm lint reports a malformed overlay better than we could
    }
    Node servicesNode = root.isPresent() ? valueOf(root.get(), "services") : null;
    if (!(servicesNode instanceof MappingNode services)) {
      return List.of();
    }
    List<ScalarNode> keys = new ArrayList<>();
    for (NodeTuple service : services.getValue()) {
      if (service.getKeyNode() instanceof ScalarNode key) {
        keys.add(key);
      }
    }
    return keys;
  }

  /** The value under {@code key} when {@code mapping} is a mapping that has it, else null. */
  private static Node valueOf(Node mapping, String key) {
    if (!(mapping instanceof MappingNode map)) {
      return null;
    }
    for (NodeTuple tuple : map.getValue()) {
      if (tuple.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) {
        return tuple.getValueNode();
      }
    }
    return null;
  }

  private static SourceLocation locationOf(Path overlay, Node node) {
    Optional<Mark> start = node.getStartMark();
    if (start.isPresent()) {
      return new SourceLocation(overlay.toString(), start.get().getLine() + 1, start.get().getColumn() + 1);
    }
    return SourceLocation.ofFile(overlay.toString());
  }
}
