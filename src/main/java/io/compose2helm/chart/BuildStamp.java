package io.compose2helm.chart;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.CodeSource;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Names one build of the jar for what is kept between runs: its path, size, modification time to
 * the nanosecond and inode, so a jar rebuilt in place with the same size is another build. Classes
 * outside a jar have none: a classes folder changes without its own modification time changing.
 */
public final class BuildStamp {

  private BuildStamp() {}

  /** The stamp of the jar these classes were loaded from, if they were. */
  public static Optional<String> ofRunningJar() {
    try {
      CodeSource source = BuildStamp.class.getProtectionDomain().getCodeSource();
      return source == null ? Optional.empty() : ofJar(Path.of(source.getLocation().toURI()));
    } catch (URISyntaxException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** The stamp of {@code jar}, if it is a file. */
  static Optional<String> ofJar(Path jar) {
    try {
      BasicFileAttributes attributes = Files.readAttributes(jar, BasicFileAttributes.class);
      if (!attributes.isRegularFile()) {
        return Optional.empty();
      }
      return Optional.of(jar.toAbsolutePath() + "|" + attributes.size() + "|"
          + attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS) + "|" + attributes.fileKey());
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }
}
