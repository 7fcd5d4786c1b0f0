package io.compose2helm.testing;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.List;

/**
 * The Deployment strategy rule the API server enforces but the OpenAPI models do not describe
 * (k8s.io/kubernetes pkg/apis/apps/validation, ValidateDeploymentStrategy): a Recreate strategy
 * takes no rollingUpdate block, so a merge that sets only its type is refused.
 */
final class DeploymentStrategyRules {

  private DeploymentStrategyRules() {}

  static List<FieldProblem> check(String kind, JsonObject manifest) {
    if (!kind.equals("Deployment")) {
      return List.of();
    }
    JsonObject strategy = object(object(manifest, "spec"), "strategy");
    JsonElement type = strategy == null ? null : strategy.get("type");
    if (type != null && type.isJsonPrimitive() && type.getAsString().equals("Recreate")
        && strategy.has("rollingUpdate") && !strategy.get("rollingUpdate").isJsonNull()) {
      return List.of(new FieldProblem("spec.strategy.rollingUpdate",
          "may not be specified when strategy `type` is 'Recreate'"));
    }
    return List.of();
  }

  private static JsonObject object(JsonObject parent, String key) {
    if (parent == null) {
      return null;
    }
    JsonElement child = parent.get(key);
    return child != null && child.isJsonObject() ? child.getAsJsonObject() : null;
  }
}
