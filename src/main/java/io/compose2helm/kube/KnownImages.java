package io.compose2helm.kube;

import io.compose2helm.compose.ImageRef;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The table of known image profiles: known-images.yaml beside this class, read from the digest the
 * build makes of it.
 */
public final class KnownImages {

  private static final KnownImages BUILT_IN = load();

  private final List<KnownImage> profiles;
  // The first entry naming each repository: every service's image is looked up.
  private final Map<String, KnownImage> byRepository = new HashMap<>();

  private KnownImages(List<KnownImage> profiles) {
    this.profiles = profiles;
    for (KnownImage profile : profiles) {
      for (String repository : profile.repositories()) {
        byRepository.putIfAbsent(repository, profile);
      }
    }
  }

  public static KnownImages builtIn() {
    return BUILT_IN;
  }

  /** Every entry, in file order. */
  public List<KnownImage> all() {
    return profiles;
  }

  /** The entry for a repository such as {@code docker.io/library/postgres}, if any, whatever the tag. */
  public Optional<KnownImage> match(String repository) {
    String normalized = withoutRegistry(repository);
    return Optional.ofNullable(byRepository.get(normalized));
  }

  /** The entry for an image reference, resolved for its tag (alpine, management... variants). */
  public Optional<KnownImage> match(ImageRef image) {
    Optional<KnownImage> profile = match(image.repository());
    return profile.isPresent() ? Optional.ofNullable(profile.get().forTag(image.tag())) : profile;
  }

  /**
   * The port clients of an image named {@code name} use ({@code mysql}, {@code cassandra}, the
   * last segment of a repository), or {@code null}: a variable called {@code MYSQL_HOST} points at
   * a MySQL server whatever image serves it.
   */
  public Integer usualPort(String name) {
    for (KnownImage image : profiles) {
      if (!image.ports().isEmpty() && (image.name().equals(name) || hasLastSegment(image, name))) {
        return image.ports().get(0);
      }
    }
    return null;
  }

  private static boolean hasLastSegment(KnownImage image, String name) {
    for (String repository : image.repositories()) {
      if (repository.substring(repository.lastIndexOf('/') + 1).equals(name)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Drops a registry host ({@code docker.io}, {@code mirror.gcr.io}, {@code localhost:5000}: a
   * first segment with a dot or a port, as Docker reads it) and Docker Hub's implicit {@code library/}.
   */
  static String withoutRegistry(String repository) {
    String path = repository.toLowerCase(Locale.ROOT);
    int slash = path.indexOf('/');
    if (slash > 0) {
      String first = path.substring(0, slash);
      if (first.contains(".") || first.contains(":") || first.equals("localhost")) {
        path = path.substring(slash + 1);
      }
    }
    return path.startsWith("library/") ? path.substring("library/".length()) : path;
  }

  private static KnownImages load() {
    try {
      byte[] yaml;
      try (InputStream in = KnownImages.class.getResourceAsStream(KnownImagesYaml.RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("known-images.yaml is missing from the classpath");
        }
        yaml = in.readAllBytes();
      }
      try (InputStream digest = KnownImages.class.getResourceAsStream(KnownImagesDigest.RESOURCE)) {
        List<KnownImage> digested = digest == null ? null : KnownImagesDigest.read(digest, yaml);
        if (digested != null) {
          return new KnownImages(digested);
        }
      }
      // No digest of this YAML (classes an IDE built, or copied after an edit): the YAML itself.
      return new KnownImages(KnownImagesYaml.read(new ByteArrayInputStream(yaml)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

}
