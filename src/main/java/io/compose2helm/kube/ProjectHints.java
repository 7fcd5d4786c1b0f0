package io.compose2helm.kube;

import io.compose2helm.compose.ComposeProject;
import io.compose2helm.diagnostics.Diagnostics;
import io.compose2helm.diagnostics.SourceLocation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The top-level {@code x-compose2helm} extension: what Compose cannot say. Unknown keys are errors,
 * so a typo does not silently change nothing.
 */
public record ProjectHints(List<String> secretVariables, List<String> plainVariables, String secretName) {

  /** Hint naming the Secret the pods read, when it already exists under another name. */
  public static final String SECRET_NAME_KEY = "secretName";

  public static final String EXTENSION = "x-compose2helm";
  private static final Set<String> KEYS =
      Set.of(SecretVariables.SECRET_OVERRIDE_KEY, SecretVariables.PLAIN_OVERRIDE_KEY, SECRET_NAME_KEY);

  public static ProjectHints read(ComposeProject project, Diagnostics diagnostics) {
    Object raw = project.extensions().get(EXTENSION);
    SourceLocation where = project.provenance().keyLocationOf(EXTENSION) != null
        ? project.provenance().keyLocationOf(EXTENSION)
        : SourceLocation.ofFile(project.files().isEmpty() ? "" : project.files().get(0));
    if (raw == null) {
      return new ProjectHints(List.of(), List.of(), null);
    }
    if (!(raw instanceof Map<?, ?> map)) {
      diagnostics.error(where, EXTENSION, "must be a mapping with keys " + KEYS);
      diagnostics.throwIfErrors();
      return null;
    }
    for (Object key : map.keySet()) {
      if (!KEYS.contains(String.valueOf(key))) {
        diagnostics.error(where, EXTENSION + "." + key, "unknown hint; known hints are " + new java.util.TreeSet<>(KEYS));
      }
    }
    diagnostics.throwIfErrors();
    Object secretName = map.get(SECRET_NAME_KEY);
    if (secretName != null && !KubeNames.isDnsLabel(String.valueOf(secretName))) {
      diagnostics.error(where, EXTENSION + "." + SECRET_NAME_KEY, "must be a valid Kubernetes name (DNS-1123 label)");
      diagnostics.throwIfErrors();
    }
    ProjectHints hints = new ProjectHints(names(map, SecretVariables.SECRET_OVERRIDE_KEY, where, diagnostics),
        names(map, SecretVariables.PLAIN_OVERRIDE_KEY, where, diagnostics), secretName == null ? null : String.valueOf(secretName));
    diagnostics.throwIfErrors();
    return hints;
  }

  /** A list of variable names; anything else is an error rather than an override that does nothing. */
  private static List<String> names(Map<?, ?> map, String key, SourceLocation where, Diagnostics diagnostics) {
    Object value = map.get(key);
    List<String> names = new ArrayList<>();
    if (value instanceof List<?> list && allStrings(list)) {
      for (Object item : list) {
        names.add((String) item);
      }
    } else if (value != null) {
      diagnostics.error(where, EXTENSION + "." + key, "must be a list of variable names");
    }
    return names;
  }

  private static boolean allStrings(List<?> list) {
    for (Object item : list) {
      if (!(item instanceof String)) {
        return false;
      }
    }
    return true;
  }
}
