package io.compose2helm.kube;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class KnownImagesDigestTest {

  private static final Path YAML = Path.of("src/main/resources/io/compose2helm/kube/known-images.yaml");

  private static List<KnownImage> fromYaml() throws IOException {
    try (InputStream in = Files.newInputStream(YAML)) {
      return KnownImagesYaml.read(in);
    }
  }

  private static byte[] yaml() throws IOException {
    return Files.readAllBytes(YAML);
  }

  @Test
  void read_theBuildsDigest_givesTheYamlsEntries() throws IOException {
    try (InputStream digest = KnownImages.class.getResourceAsStream(KnownImagesDigest.RESOURCE)) {
      assertNotNull(digest, "the build writes " + KnownImagesDigest.RESOURCE + " into the classes folder");
      assertEquals(fromYaml(), KnownImagesDigest.read(digest, yaml()));
    }
  }

  @Test
  void builtIn_sameEntriesAsTheYaml() throws IOException {
    assertEquals(fromYaml(), KnownImages.builtIn().all());
  }

  @Test
  void write_thenRead_keepsEveryFieldAndOrder() throws IOException {
    List<KnownImage> images = fromYaml();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    KnownImagesDigest.write(images, yaml(), bytes);
    List<KnownImage> read = KnownImagesDigest.read(new ByteArrayInputStream(bytes.toByteArray()), yaml());
    assertEquals(images, read);
    // The fields that are easy to lose: variants (in order), nullable ids, resources, classes.
    assertTrue(read.stream().anyMatch(image -> !image.variants().isEmpty()));
    assertTrue(read.stream().anyMatch(image -> image.uid() == null));
    assertTrue(read.stream().anyMatch(image -> !image.resources().isEmpty()));
    assertTrue(read.stream().anyMatch(image -> image.workloadClass() != null));
    assertEquals(images.stream().map(KnownImage::name).toList(), read.stream().map(KnownImage::name).toList());
  }

  @Test
  void read_aDigestOfAnotherFormat_fails() {
    byte[] otherFormat = {0, 0, 0, 99, 0, 0, 0, 0};
    IOException e = assertThrows(IOException.class,
        () -> KnownImagesDigest.read(new ByteArrayInputStream(otherFormat), yaml()));
    assertTrue(e.getMessage().contains("format 99"), e.getMessage());
  }

  @Test
  void read_aDigestOfOtherYaml_isNotUsed() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    KnownImagesDigest.write(fromYaml(), yaml(), bytes);
    byte[] edited = (new String(yaml(), java.nio.charset.StandardCharsets.UTF_8) + "\n# an edit\n")
        .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    assertNull(KnownImagesDigest.read(new ByteArrayInputStream(bytes.toByteArray()), edited),
        "a digest older than the YAML beside it is left for the YAML");
  }
}
