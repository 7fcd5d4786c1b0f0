package io.compose2helm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A kept run (cli.UnchangedRuns) is replayed while every file it read and every path it looked for
 * is as it was: that holds only if the loader and the rules read and look through
 * diagnostics.InputLog. This finds any other file system read in the main sources, outside the
 * classes that read only the chart folder (kept whole as a digest), the caches, or serve commands
 * whose runs are never kept.
 */
class InputAccessTest {

  private static final Path SOURCES = Path.of("src/main/java/io/compose2helm");

  private static final Pattern READ = Pattern.compile("\\bFiles\\s*(?:\\.|::)\\s*(readAllBytes|readString|readAllLines"
      + "|lines|newInputStream|newBufferedReader|newByteChannel|exists|notExists|isRegularFile|isDirectory|isReadable"
      + "|isSymbolicLink|isSameFile|isHidden|size|list|walk|walkFileTree|find|newDirectoryStream|getLastModifiedTime"
      + "|readAttributes|getAttribute|readSymbolicLink|probeContentType|getPosixFilePermissions)\\b"
      + "|new\\s+FileInputStream|new\\s+FileReader|new\\s+File\\s*\\(|RandomAccessFile|FileChannel\\s*\\.\\s*open"
      + "|\\.toRealPath\\s*\\(|\\.toFile\\s*\\(");

  /** Where a direct read is right, and why. */
  private static final Map<String, String> ALLOWED = Map.ofEntries(
      Map.entry("diagnostics/InputLog.java", "the recorder itself"),
      Map.entry("diagnostics/TextFiles.java", "says why a read failed; a failed run is never kept"),
      Map.entry("cli/UnchangedRuns.java", "compares what a kept run read with the files now"),
      Map.entry("cli/FolderStamp.java", "the chart folder, whole"),
      Map.entry("cli/DiffCommand.java", "diff runs are never kept"),
      Map.entry("cli/ConvertCommand.java", "the chart folder"),
      Map.entry("cli/RuntimeImage.java", "a build step, not a run"),
      Map.entry("chart/ChartUpdate.java", "the chart folder"),
      Map.entry("chart/ChartOnDisk.java", "the chart folder"),
      Map.entry("chart/RegularFiles.java", "lists the chart folder and --templates (ChartOnDisk, TemplateRenderer)"),
      Map.entry("chart/ChartWriter.java", "the chart folder"),
      Map.entry("chart/ChartPatch.java", "the chart folder"),
      Map.entry("chart/ChartComparison.java", "the chart folder"),
      Map.entry("chart/ChartManifest.java", "the chart folder"),
      Map.entry("chart/ChartVersion.java", "the chart folder"),
      Map.entry("chart/OverlayDrift.java", "the chart folder"),
      Map.entry("chart/TemplateRenderer.java", "--templates, whose runs are never kept"),
      Map.entry("chart/RenderCache.java", "the render cache: pure functions of their keys"),
      Map.entry("chart/CacheFiles.java", "the cache folder"),
      Map.entry("chart/BuildStamp.java", "the jar"),
      Map.entry("compose/ParsedAhead.java",
          "parses a guess early; the loader reads the file through InputLog, takes the tree for the same text only"),
      Map.entry("kube/KnownImagesDigest.java", "a build step, not a run"),
      Map.entry("audit/BuildAuditor.java", "audit runs are never kept"));

  @Test
  void mainSources_readFilesOnlyThroughInputLog() throws IOException {
    List<String> direct = new ArrayList<>();
    List<Path> sources;
    try (Stream<Path> walk = Files.walk(SOURCES)) {
      sources = walk.filter(path -> path.toString().endsWith(".java")).sorted().toList();
    }
    for (Path source : sources) {
      String name = SOURCES.relativize(source).toString().replace('\\', '/');
      if (ALLOWED.containsKey(name)) {
        continue;
      }
      List<String> lines = Files.readAllLines(source);
      for (int i = 0; i < lines.size(); i++) {
        Matcher matcher = READ.matcher(lines.get(i));
        if (matcher.find()) {
          direct.add(name + ":" + (i + 1) + ": " + lines.get(i).trim());
        }
      }
    }
    assertEquals(List.of(), direct, "read through InputLog, or list the class in ALLOWED with its reason");
  }

  @Test
  void pattern_findsEveryFormOfRead() {
    for (String line : List.of("Files.exists(p)", "filter(Files::isRegularFile)", "Files.readString(p)",
        "new FileInputStream(f)", "path.toRealPath()", "Files . size(p)")) {
      assertTrue(READ.matcher(line).find(), line);
    }
  }

  @Test
  void allowed_everyListedClassExists() {
    ALLOWED.keySet().forEach(name -> assertTrue(Files.isRegularFile(SOURCES.resolve(name)), name));
  }
}
