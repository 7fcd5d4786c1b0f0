package io.compose2helm.kube;

/**
 * An image reference split the way charts expect: repository (with registry) and tag or digest.
 */
public record ImageRef(String repository, String tag, String digest) {

  /** Splits {@code registry:5000/team/app:1.2@sha256:...}; a missing tag reads as {@code latest}. */
  public static ImageRef parse(String image) {
    String rest = image;
    String digest = null;
    int at = rest.indexOf('@');
    if (at >= 0) {
      digest = rest.substring(at + 1);
      rest = rest.substring(0, at);
    }
    String tag = null;
    int colon = rest.lastIndexOf(':');
    // A colon before the last slash belongs to a registry port, not to a tag.
    if (colon > rest.lastIndexOf('/')) {
      tag = rest.substring(colon + 1);
      rest = rest.substring(0, colon);
    }
    if (tag == null && digest == null) {
      tag = "latest";
    }
    return new ImageRef(rest, tag, digest);
  }
}
