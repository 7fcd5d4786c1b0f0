package io.compose2helm.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** File-system failures in words; the tests run as root, so permission failures are built by hand. */
class TextFilesTest {

  @Test
  void describe_accessDenied_saysPermissionDenied() {
    assertEquals("/srv/out: permission denied", TextFiles.describe(new AccessDeniedException("/srv/out")));
  }

  @Test
  void describe_readOnlyFileSystem_usesTheSystemsWords() {
    assertEquals("/mnt/ro/chart: read-only file system",
        TextFiles.describe(new FileSystemException("/mnt/ro/chart", null, "Read-only file system")));
  }

  @Test
  void describe_missingFile_saysItDoesNotExist() {
    assertEquals("/nope: it does not exist", TextFiles.describe(new NoSuchFileException("/nope")));
  }

  @Test
  void decode_invalidByte_isReportedAtItsLineAndColumn() {
    byte[] bytes = "a: 1\nb: \u00fc\u00e9\n".getBytes(StandardCharsets.UTF_8);
    bytes[bytes.length - 2] = (byte) 0xff; // é's second byte: the character starting at 0xC3 is broken
    InputException e = assertThrows(InputException.class, () -> TextFiles.decode(bytes, "f.yml", "the file"));
    assertEquals("f.yml:2:5: error: the file is not UTF-8 text: invalid byte sequence here (save the file as UTF-8)",
        e.getMessage());
  }

  @Test
  void read_directory_saysItIsADirectory() {
    InputException e = assertThrows(InputException.class, () -> TextFiles.read(Path.of("src"), "src", "the file"));
    assertEquals("src: error: cannot read the file src: it is a directory", e.getMessage());
  }
}
