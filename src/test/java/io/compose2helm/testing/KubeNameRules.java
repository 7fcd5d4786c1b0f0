package io.compose2helm.testing;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Name and label syntax the API server enforces but the OpenAPI models do not describe.
 * Rules follow k8s.io/apimachinery/pkg/util/validation.
 */
final class KubeNameRules {

  private static final Pattern DNS1123_LABEL = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?");
  private static final Pattern DNS1123_SUBDOMAIN =
      Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*");
  private static final Pattern DNS1035_LABEL = Pattern.compile("[a-z]([-a-z0-9]*[a-z0-9])?");
  private static final Pattern LABEL_NAME_PART =
      Pattern.compile("([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]");

  /** Kinds whose name becomes a DNS label (hostname / env var prefix), so no dots allowed. */
  private static final Set<String> DNS1035_NAMED_KINDS = Set.of("Service");
  private static final Set<String> DNS1123_LABEL_NAMED_KINDS =
      Set.of("Namespace", "StatefulSet", "Job", "CronJob");
  /** RBAC names are path segments, not DNS names; the API only forbids "/" and "%". */
  private static final Set<String> PATH_SEGMENT_NAMED_KINDS =
      Set.of("Role", "ClusterRole", "RoleBinding", "ClusterRoleBinding");

  private KubeNameRules() {}

  static List<FieldProblem> check(String kind, JsonObject manifest) {
    List<FieldProblem> problems = new ArrayList<>();
    checkMetadataName(kind, manifest, problems);
    checkLabelMaps(manifest, "", problems);
    return problems;
  }

  private static void checkMetadataName(String kind, JsonObject manifest,
      List<FieldProblem> problems) {
    JsonElement metadata = manifest.get("metadata");
    JsonElement name = metadata != null && metadata.isJsonObject()
        ? metadata.getAsJsonObject().get("name") : null;
    if (name == null || !name.isJsonPrimitive()) {
      problems.add(new FieldProblem("metadata.name", "missing (Helm requires a literal name)"));
      return;
    }
    String value = name.getAsString();
    String violation = nameViolation(kind, value);
    if (violation != null) {
      problems.add(new FieldProblem("metadata.name", "\"" + value + "\" " + violation));
    }
  }

  private static String nameViolation(String kind, String name) {
    if (PATH_SEGMENT_NAMED_KINDS.contains(kind)) {
      return name.isEmpty() || name.contains("/") || name.contains("%")
          ? "must be non-empty and contain neither '/' nor '%'" : null;
    }
    if (DNS1035_NAMED_KINDS.contains(kind)) {
      return matches(DNS1035_LABEL, name, 63) ? null : "is not a DNS-1035 label";
    }
    if (DNS1123_LABEL_NAMED_KINDS.contains(kind)) {
      return matches(DNS1123_LABEL, name, 63) ? null : "is not a DNS-1123 label";
    }
    return matches(DNS1123_SUBDOMAIN, name, 253) ? null : "is not a DNS-1123 subdomain";
  }

  /** Finds every metadata.labels and matchLabels map, however deep (pod templates too). */
  private static void checkLabelMaps(JsonElement element, String path,
      List<FieldProblem> problems) {
    if (element.isJsonArray()) {
      int index = 0;
      for (JsonElement child : element.getAsJsonArray()) {
        checkLabelMaps(child, path + "[" + index++ + "]", problems);
      }
      return;
    }
    if (!element.isJsonObject()) {
      return;
    }
    for (Map.Entry<String, JsonElement> entry : element.getAsJsonObject().entrySet()) {
      String childPath = path.isEmpty() ? entry.getKey() : path + "." + entry.getKey();
      if (isLabelMap(childPath) && entry.getValue().isJsonObject()) {
        checkLabels(entry.getValue().getAsJsonObject(), childPath, problems);
      } else {
        checkLabelMaps(entry.getValue(), childPath, problems);
      }
    }
  }

  private static boolean isLabelMap(String path) {
    return path.endsWith("metadata.labels") || path.endsWith("matchLabels");
  }

  private static void checkLabels(JsonObject labels, String path, List<FieldProblem> problems) {
    for (Map.Entry<String, JsonElement> label : labels.entrySet()) {
      String labelPath = path + "[" + label.getKey() + "]";
      if (!isValidLabelKey(label.getKey())) {
        problems.add(new FieldProblem(labelPath, "invalid label key \"" + label.getKey() + "\""));
      }
      JsonElement value = label.getValue();
      if (value.isJsonPrimitive() && value.getAsJsonPrimitive().isString()
          && !isValidLabelValue(value.getAsString())) {
        problems.add(new FieldProblem(labelPath,
            "invalid label value \"" + value.getAsString() + "\""));
      }
      // Non-string values are reported by the type check; no need to repeat them here.
    }
  }

  static boolean isValidLabelValue(String value) {
    return value.isEmpty() || matches(LABEL_NAME_PART, value, 63);
  }

  static boolean isValidLabelKey(String key) {
    int slash = key.lastIndexOf('/');
    String name = slash < 0 ? key : key.substring(slash + 1);
    if (slash >= 0) {
      String prefix = key.substring(0, slash);
      if (!matches(DNS1123_SUBDOMAIN, prefix, 253)) {
        return false;
      }
    }
    return matches(LABEL_NAME_PART, name, 63);
  }

  private static boolean matches(Pattern pattern, String value, int maxLength) {
    return !value.isEmpty() && value.length() <= maxLength && pattern.matcher(value).matches();
  }
}
