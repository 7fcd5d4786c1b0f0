package io.compose2helm.audit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Loads the Dockerfiles under src/test/resources/audit/ as the image their last stage builds. */
final class TestImages {

  private TestImages() {}

  static BuiltImage image(String name) {
    Dockerfile dockerfile = Dockerfile.parse(text(name));
    return BuiltImage.plain(name, dockerfile, dockerfile.selectStage(null).orElseThrow());
  }

  static String text(String name) {
    try (InputStream in = TestImages.class.getResourceAsStream("/audit/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no test Dockerfile " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
