package io.compose2helm.chart;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What a run would do to the chart on disk, worked out before anything is written: the files to
 * write, the files to carry over unchanged (the user's overlays and any file of their own), the
 * generated files that are gone, and the hand edits the run would destroy.
 *
 * @param files chart-relative path to the text to write
 * @param carriedOver chart-relative path to the existing file copied byte for byte
 * @param removed tool-owned files of the previous run that are no longer generated
 * @param handEdits edits to tool-owned files that writing would lose
 * @param previous the manifest of the chart on disk, if any
 * @param directory the chart folder the update was planned against
 * @param changed the paths of {@code files} that are not on disk byte for byte (or, for a script,
 *     not executable)
 */
public record ChartUpdate(
    Map<String, String> files,
    Map<String, Path> carriedOver,
    List<String> removed,
    List<HandEdit> handEdits,
    Optional<ChartManifest> previous,
    Path directory,
    Set<String> changed) {

  /** Every file to write is on disk already and nothing is to be removed: writing would change nothing. */
  public boolean unchanged() {
    return changed.isEmpty() && removed.isEmpty();
  }

  /**
   * Plans writing {@code generated} over the chart in {@code chartDir} (which may not exist yet).
   *
   * @param resetOverlays rewrite env/*.yaml with the defaults instead of keeping the user's
   */
  public static ChartUpdate plan(Path chartDir, Map<String, String> generated, boolean resetOverlays) {
    return plan(ChartOnDisk.read(chartDir), generated, resetOverlays);
  }

  /** Plans writing {@code generated} over the chart as {@code onDisk} found it. */
  public static ChartUpdate plan(ChartOnDisk onDisk, Map<String, String> generated, boolean resetOverlays) {
    Path chartDir = onDisk.directory();
    Optional<ChartManifest> previous = onDisk.manifest();
    Map<String, String> files = new TreeMap<>();
    Map<String, Path> carriedOver = new TreeMap<>();
    List<HandEdit> handEdits = new ArrayList<>();
    Set<String> changed = new TreeSet<>();
    for (Map.Entry<String, String> file : generated.entrySet()) {
      String path = file.getKey();
      Path existing = chartDir.resolve(path);
      if (ChartOwnership.isUserOwned(path) && !resetOverlays && Files.isRegularFile(existing)) {
        carriedOver.put(path, existing);
        continue;
      }
      files.put(path, file.getValue());
      byte[] onDiskBytes = onDisk.bytesOf(path);
      // A file that already holds what would be written loses nothing, edited or not: no need to hash it.
      if (onDiskBytes != null && Arrays.equals(onDiskBytes, file.getValue().getBytes(StandardCharsets.UTF_8))) {
        if (ChartOwnership.isExecutable(path) && !Files.isExecutable(existing)) {
          changed.add(path);
        }
        continue;
      }
      changed.add(path);
      if (onDiskBytes != null && isHandEdited(path, onDiskBytes, previous)) {
        handEdits.add(new HandEdit(path, false));
      }
    }
    List<String> removed = new ArrayList<>();
    for (String path : onDisk.files()) {
      if (generated.containsKey(path)) {
        continue;
      }
      if (previous.isPresent() && previous.get().hashOf(path).isPresent()) {
        removed.add(path);
        byte[] onDiskBytes = onDisk.bytesOf(path);
        if (onDiskBytes != null && isHandEdited(path, onDiskBytes, previous)) {
          handEdits.add(new HandEdit(path, true));
        }
      } else {
        // Not something compose2helm wrote: the user's own file (env/staging.yaml, a CI file), kept.
        carriedOver.put(path, chartDir.resolve(path));
      }
    }
    return new ChartUpdate(files, carriedOver, removed, handEdits, previous, chartDir, Collections.unmodifiableSet(changed));
  }

  /** Differs from what the manifest says compose2helm wrote; without a manifest nothing can be told. */
  private static boolean isHandEdited(String path, byte[] onDisk, Optional<ChartManifest> previous) {
    if (previous.isEmpty()) {
      return false;
    }
    Optional<String> recorded = previous.get().hashOf(path);
    return recorded.isPresent() && !ChartManifest.isHashOf(recorded.get(), onDisk);
  }
}
