package io.compose2helm.compose.env;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.compose2helm.diagnostics.InputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnvFilesTest {

  @TempDir Path dir;

  private final Function<Path, String> byFileName = path -> path.getFileName().toString();

  private Path file(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }

  @Test
  void load_twoFiles_keepsFirstDefinitionOrderAndRecordsSources() throws IOException {
    Path first = file("a.env", "A=1\nB=2\n");
    Path second = file("b.env", "C=3\n");

    EnvFiles.Result result = EnvFiles.load(List.of(first, second), byFileName, Map.of());

    assertEquals(List.of("A", "B", "C"), List.copyOf(result.variables().keySet()));
    assertEquals(Map.of("A", "a.env", "B", "a.env", "C", "b.env"), result.sources());
  }

  @Test
  void load_laterFileDefinesSameName_overridesValueAndSource() throws IOException {
    Path first = file("a.env", "A=1\nB=2\n");
    Path second = file("b.env", "A=override\n");

    EnvFiles.Result result = EnvFiles.load(List.of(first, second), byFileName, Map.of());

    assertEquals(Map.of("A", "override", "B", "2"), result.variables());
    assertEquals("b.env", result.sources().get("A"));
    assertEquals(List.of("A", "B"), List.copyOf(result.variables().keySet()));
  }

  @Test
  void load_laterFileExpandsEarlierVariable_seesValueLoadedSoFar() throws IOException {
    Path first = file("a.env", "HOST=db\n");
    Path second = file("b.env", "URL=postgres://${HOST}:${PORT:-5432}\nHOST\n");

    EnvFiles.Result result = EnvFiles.load(List.of(first, second), byFileName, Map.of());

    assertEquals("postgres://db:5432", result.variables().get("URL"));
    assertEquals("b.env", result.sources().get("HOST"), "a bare key re-exports the loaded value");
  }

  @Test
  void load_bareKeyAndExpansion_fallBackToProcessEnvironment() throws IOException {
    Path only = file("a.env", "USER\nGREETING=hi $USER\nMISSING\n");

    EnvFiles.Result result = EnvFiles.load(List.of(only), byFileName, Map.of("USER", "me"));

    assertEquals("hi me", result.variables().get("GREETING"));
    assertFalse(result.variables().containsKey("MISSING"));
  }

  @Test
  void load_processEnvironmentDefinesSameName_processValueWins() throws IOException {
    Path only = file("a.env", "TAG=from-file\nOTHER=kept\n");

    EnvFiles.Result result = EnvFiles.load(List.of(only), byFileName, Map.of("TAG", "from-shell"));

    assertEquals(Map.of("TAG", "from-shell", "OTHER", "kept"), result.variables());
    assertEquals(EnvFiles.PROCESS_ENVIRONMENT, result.sources().get("TAG"));
    assertEquals("a.env", result.sources().get("OTHER"));
  }

  @Test
  void load_laterFileExpandsNameSetInProcessAndEarlierFile_processValueWins() throws IOException {
    Path first = file("a.env", "HOST=from-file\n");
    Path second = file("b.env", "URL=http://${HOST}\n");

    EnvFiles.Result result = EnvFiles.load(List.of(first, second), byFileName, Map.of("HOST", "from-shell"));

    assertEquals("http://from-shell", result.variables().get("URL"));
  }

  @Test
  void load_processEnvironment_doesNotAddUnrelatedNames() throws IOException {
    Path only = file("a.env", "A=1\n");

    EnvFiles.Result result = EnvFiles.load(List.of(only), byFileName, Map.of("PATH", "/bin"));

    assertEquals(Map.of("A", "1"), result.variables());
  }

  @Test
  void load_nullProcessEnvironment_usesFilesOnly() throws IOException {
    Path only = file("a.env", "A=${B:-x}\n");

    assertEquals(Map.of("A", "x"), EnvFiles.load(List.of(only), byFileName, null).variables());
  }

  @Test
  void load_noFiles_returnsEmptyResult() {
    EnvFiles.Result result = EnvFiles.load(List.of(), byFileName, Map.of("A", "1"));

    assertTrue(result.variables().isEmpty());
    assertTrue(result.sources().isEmpty());
  }

  @Test
  void load_missingFile_throwsNamingDisplayName() {
    Path missing = dir.resolve("missing.env");

    InputException error =
        assertThrows(InputException.class, () -> EnvFiles.load(List.of(missing), p -> "./missing.env", Map.of()));

    assertEquals("./missing.env: error: cannot read the env file ./missing.env: it does not exist", error.getMessage());
  }

  @Test
  void load_directoryInsteadOfFile_throwsNamingIt() {
    InputException error =
        assertThrows(InputException.class, () -> EnvFiles.load(List.of(dir), p -> "conf", Map.of()));

    assertTrue(error.getMessage().contains("cannot read the env file conf: it is a directory"), error.getMessage());
  }

  @Test
  void load_invalidUtf8_throwsWithoutQuotingContent() throws IOException {
    Path binary = Files.write(dir.resolve("bin.env"), new byte[] {'S', '=', 's', 'e', 'c', (byte) 0xC3, (byte) 0x28});

    InputException error =
        assertThrows(InputException.class, () -> EnvFiles.load(List.of(binary), byFileName, Map.of()));

    assertEquals("bin.env:1:6: error: the env file is not UTF-8 text: invalid byte sequence here (save the file as UTF-8)",
        error.getMessage());
  }

  @Test
  void load_syntaxErrorInSecondFile_namesThatFileAndLine() throws IOException {
    Path first = file("a.env", "A=1\n");
    Path second = file("b.env", "B=2\nC=\"open\n");

    InputException error =
        assertThrows(InputException.class, () -> EnvFiles.load(List.of(first, second), byFileName, Map.of()));

    assertTrue(error.getMessage().startsWith("b.env:2:3: error: C: "), error.getMessage());
  }

  @Test
  void load_result_isUnmodifiable() throws IOException {
    EnvFiles.Result result = EnvFiles.load(List.of(file("a.env", "A=1")), byFileName, Map.of());

    assertThrows(UnsupportedOperationException.class, () -> result.variables().put("B", "2"));
  }
}
