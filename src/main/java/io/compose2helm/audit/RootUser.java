package io.compose2helm.audit;

/** Tells whether a {@code user[:group]} value (Dockerfile USER or Compose user) means root. */
final class RootUser {

  private RootUser() {}

  static boolean isRoot(String user) {
    if (user == null) {
      return false;
    }
    String name = user.strip().split(":", 2)[0];
    return name.equals("root") || name.matches("0+");
  }
}
