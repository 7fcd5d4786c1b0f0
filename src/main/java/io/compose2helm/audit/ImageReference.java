package io.compose2helm.audit;

/** Reads the tag and digest parts of an image reference such as {@code reg:5000/app:1.2}. */
final class ImageReference {

  private ImageReference() {}

  static boolean isPinnedByDigest(String image) {
    return image.contains("@");
  }

  /** The tag, or {@code null} when the reference has none. */
  static String tag(String image) {
    String withoutDigest = image.split("@", 2)[0];
    int colon = withoutDigest.lastIndexOf(':');
    // A colon before the last slash is a registry port (reg:5000/app), not a tag.
    if (colon < 0 || colon < withoutDigest.lastIndexOf('/')) {
      return null;
    }
    return withoutDigest.substring(colon + 1);
  }
}
