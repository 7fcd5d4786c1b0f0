package io.compose2helm.testing;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;

/**
 * What an ingress controller in its default configuration refuses, beyond the Kubernetes schema:
 * snippet annotations ({@code configuration-snippet}, {@code server-snippet}, {@code auth-snippet}...),
 * which ingress-nginx rejects since 1.9 unless {@code allow-snippet-annotations} is turned on.
 */
public final class IngressControllerDefaults {

  private IngressControllerDefaults() {}

  /** Fails naming every Ingress and annotation a default controller would refuse. */
  public static void assertAccepted(String renderedYaml) {
    List<String> refused = refusedAnnotations(renderedYaml);
    if (!refused.isEmpty()) {
      throw new AssertionError("annotations a default ingress controller refuses:\n" + String.join("\n", refused));
    }
  }

  /** {@code Ingress/name: key} for each snippet annotation, in document order. */
  public static List<String> refusedAnnotations(String renderedYaml) {
    List<String> refused = new ArrayList<>();
    for (JsonObject manifest : KubeYaml.documents(renderedYaml)) {
      if (!"Ingress".equals(text(manifest.get("kind")))) {
        continue;
      }
      JsonObject metadata = object(manifest.get("metadata"));
      JsonObject annotations = object(metadata.get("annotations"));
      for (String key : annotations.keySet()) {
        if (isSnippet(key)) {
          refused.add("Ingress/" + text(metadata.get("name")) + ": " + key);
        }
      }
    }
    return refused;
  }

  /** The name part of the key (after the prefix's '/') ends in "snippet" or "snippets". */
  static boolean isSnippet(String annotationKey) {
    String name = annotationKey.substring(annotationKey.lastIndexOf('/') + 1).toLowerCase(java.util.Locale.ROOT);
    return name.endsWith("snippet") || name.endsWith("snippets");
  }

  private static JsonObject object(JsonElement element) {
    return element != null && element.isJsonObject() ? element.getAsJsonObject() : new JsonObject();
  }

  private static String text(JsonElement element) {
    return element != null && element.isJsonPrimitive() ? element.getAsString() : "";
  }
}
