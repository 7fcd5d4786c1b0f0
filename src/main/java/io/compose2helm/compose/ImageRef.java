package io.compose2helm.compose;

/**
 * An image reference split into repository (with registry), tag and digest, as Docker reads it.
 *
 * @param tag the tag as written, or {@code null} when the reference has none
 * @param digest the digest after {@code @}, or {@code null}
 */
public record ImageRef(String repository, String tag, String digest) {

  /** Splits {@code registry:5000/team/app:1.2@sha256:...}. */
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
    return new ImageRef(rest, tag, digest);
  }

  /** The tag a runtime pulls: the one written, {@code latest} when there is none, none for a digest. */
  public String effectiveTag() {
    return tag != null ? tag : digest == null ? "latest" : null;
  }

  /** True when the image floats: no digest, and no tag or {@code latest}. */
  public boolean isFloating() {
    return digest == null && (tag == null || tag.equals("latest"));
  }
}
