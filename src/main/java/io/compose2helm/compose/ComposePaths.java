package io.compose2helm.compose;

/** Builds the dotted key paths used in messages, like {@code services.api.ports[0]}. */
final class ComposePaths {

  private ComposePaths() {}

  static String child(String parent, String key) {
    return parent == null || parent.isEmpty() ? key : parent + "." + key;
  }

  static String item(String parent, int index) {
    return parent + "[" + index + "]";
  }
}
