package io.compose2helm.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChartUpdateTest {

  @TempDir Path chart;

  private static Map<String, String> generated(String values, String... extra) {
    Map<String, String> files = new TreeMap<>();
    files.put("Chart.yaml", "name: app\n");
    files.put("values.yaml", values);
    files.put("env/prod.yaml", "replicas: 2\n");
    for (int i = 0; i < extra.length; i += 2) {
      files.put(extra[i], extra[i + 1]);
    }
    files.put(ChartManifest.PATH, ChartManifest.of("test", files, List.of("web")).render());
    return files;
  }

  private void writeFirstRun(Map<String, String> files) {
    new ChartWriter().write(chart, ChartUpdate.plan(chart, files, false));
  }

  @Test
  void plan_sameFilesAgain_isUnchanged() {
    writeFirstRun(generated("a: 1\n", "deploy-local.sh", "echo hi\n"));
    assertTrue(ChartUpdate.plan(chart, generated("a: 1\n", "deploy-local.sh", "echo hi\n"), false).unchanged());
  }

  @Test
  void plan_changedFile_isNotUnchanged() {
    writeFirstRun(generated("a: 1\n"));
    assertFalse(ChartUpdate.plan(chart, generated("a: 2\n"), false).unchanged());
  }

  @Test
  void plan_deletedFile_isNotUnchanged() throws IOException {
    writeFirstRun(generated("a: 1\n"));
    Files.delete(chart.resolve("Chart.yaml"));
    assertFalse(ChartUpdate.plan(chart, generated("a: 1\n"), false).unchanged());
  }

  @Test
  void plan_fileNoLongerGenerated_isNotUnchanged() {
    writeFirstRun(generated("a: 1\n", "templates/old.yaml", "kind: x\n"));
    ChartUpdate update = ChartUpdate.plan(chart, generated("a: 1\n"), false);
    assertEquals(List.of("templates/old.yaml"), update.removed());
    assertFalse(update.unchanged());
  }

  @Test
  void plan_scriptNoLongerExecutable_isNotUnchanged() throws IOException {
    writeFirstRun(generated("a: 1\n", "deploy-local.sh", "echo hi\n"));
    Files.setPosixFilePermissions(chart.resolve("deploy-local.sh"), PosixFilePermissions.fromString("rw-r--r--"));
    ChartUpdate update = ChartUpdate.plan(chart, generated("a: 1\n", "deploy-local.sh", "echo hi\n"), false);
    assertFalse(update.unchanged());
    new ChartWriter().write(chart, update);
    assertTrue(Files.isExecutable(chart.resolve("deploy-local.sh")));
  }

  @Test
  void plan_editedOverlayKept_isStillUnchanged() throws IOException {
    writeFirstRun(generated("a: 1\n"));
    Files.writeString(chart.resolve("env/prod.yaml"), "replicas: 5\n");
    assertTrue(ChartUpdate.plan(chart, generated("a: 1\n"), false).unchanged());
    assertFalse(ChartUpdate.plan(chart, generated("a: 1\n"), true).unchanged(), "--reset-overlays rewrites it");
  }

  @Test
  void plan_untouchedChart_hasNoHandEdits() {
    writeFirstRun(generated("a: 1\n"));
    assertEquals(List.of(), ChartUpdate.plan(chart, generated("a: 2\n"), false).handEdits());
  }

  @Test
  void plan_editedValues_isAHandEditNamingTheFile() throws IOException {
    writeFirstRun(generated("a: 1\n"));
    Files.writeString(chart.resolve("values.yaml"), "a: 99\n");
    List<HandEdit> edits = ChartUpdate.plan(chart, generated("a: 2\n"), false).handEdits();
    assertEquals(List.of(new HandEdit("values.yaml", false)), edits);
    assertTrue(edits.get(0).describe().contains("env/"), edits.get(0).describe());
  }

  @Test
  void plan_editMatchingTheNewOutput_isNotAHandEdit() throws IOException {
    writeFirstRun(generated("a: 1\n"));
    Files.writeString(chart.resolve("values.yaml"), "a: 2\n");
    assertEquals(List.of(), ChartUpdate.plan(chart, generated("a: 2\n"), false).handEdits());
  }

  @Test
  void plan_existingOverlay_isCarriedOverUnlessReset() throws IOException {
    writeFirstRun(generated("a: 1\n"));
    Files.writeString(chart.resolve("env/prod.yaml"), "replicas: 5 # mine\n");
    assertTrue(ChartUpdate.plan(chart, generated("a: 1\n"), false).carriedOver().containsKey("env/prod.yaml"));
    assertEquals("replicas: 2\n", ChartUpdate.plan(chart, generated("a: 1\n"), true).files().get("env/prod.yaml"));
  }

  @Test
  void plan_fileNoLongerGenerated_isRemovedAndTheUsersOwnFileKept() throws IOException {
    writeFirstRun(generated("a: 1\n", "files/old/x.conf", "x\n"));
    Files.writeString(chart.resolve("NOTES-team.md"), "ours\n");
    ChartUpdate update = ChartUpdate.plan(chart, generated("a: 1\n"), false);
    assertEquals(List.of("files/old/x.conf"), update.removed());
    assertTrue(update.carriedOver().containsKey("NOTES-team.md"));
    new ChartWriter().write(chart, update);
    assertTrue(Files.notExists(chart.resolve("files/old/x.conf")));
    assertEquals("ours\n", Files.readString(chart.resolve("NOTES-team.md")));
  }

  @Test
  void plan_editedFileNoLongerGenerated_isAHandEdit() throws IOException {
    writeFirstRun(generated("a: 1\n", "files/old/x.conf", "x\n"));
    Files.writeString(chart.resolve("files/old/x.conf"), "tuned\n");
    assertEquals(List.of(new HandEdit("files/old/x.conf", true)),
        ChartUpdate.plan(chart, generated("a: 1\n"), false).handEdits());
  }

  /** A chart written by a version that recorded SHA-256: its hand edits are still told apart. */
  private void writeFirstRunWithSha256Manifest(Map<String, String> files) throws IOException {
    writeFirstRun(files);
    String manifest = Files.readString(chart.resolve(ChartManifest.PATH));
    for (Map.Entry<String, String> file : files.entrySet()) {
      String fingerprint = ChartManifest.fingerprint(file.getValue());
      manifest = manifest.replace(fingerprint, sha256(file.getValue()));
    }
    assertFalse(manifest.contains("c64:"), manifest);
    Files.writeString(chart.resolve(ChartManifest.PATH), manifest);
  }

  private static String sha256(String text) {
    try {
      return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
          .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void plan_olderSha256Manifest_untouchedFilesAreNoHandEdits() throws IOException {
    writeFirstRunWithSha256Manifest(generated("a: 1\n"));
    assertEquals(List.of(), ChartUpdate.plan(chart, generated("a: 2\n"), false).handEdits());
  }

  @Test
  void plan_olderSha256Manifest_editedValuesIsAHandEdit() throws IOException {
    writeFirstRunWithSha256Manifest(generated("a: 1\n"));
    Files.writeString(chart.resolve("values.yaml"), "a: 1\nmine: true\n");
    List<HandEdit> edits = ChartUpdate.plan(chart, generated("a: 2\n"), false).handEdits();
    assertEquals(List.of("values.yaml"), edits.stream().map(HandEdit::path).toList());
  }
}
