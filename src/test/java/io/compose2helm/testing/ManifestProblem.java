package io.compose2helm.testing;

/** One reason a rendered manifest would be rejected; prints as "kind/name: path: message". */
public record ManifestProblem(String kind, String name, String path, String message) {

  @Override
  public String toString() {
    return kind + "/" + name + ": " + (path.isEmpty() ? "(document)" : path) + ": " + message;
  }
}
