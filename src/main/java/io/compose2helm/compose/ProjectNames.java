package io.compose2helm.compose;

import java.util.Locale;

/** Normalizes a project name the way Compose does: lower case, only {@code [a-z0-9_-]}. */
final class ProjectNames {

  private ProjectNames() {}

  static String normalize(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder();
    for (char c : lower.toCharArray()) {
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-') {
        out.append(c);
      }
    }
    // Compose also refuses a leading '_' or '-'; dropping them keeps the name usable.
    int start = 0;
    while (start < out.length() && (out.charAt(start) == '_' || out.charAt(start) == '-')) {
      start++;
    }
    return out.substring(start);
  }
}
