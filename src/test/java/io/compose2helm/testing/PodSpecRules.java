package io.compose2helm.testing;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.kubernetes.client.custom.Quantity;
import io.kubernetes.client.custom.QuantityFormatException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Pod rules the API server enforces but the OpenAPI models do not describe (k8s.io/kubernetes
 * pkg/apis/core/validation): volume names unique in a pod, mount paths unique in a container,
 * every mount naming a volume of the pod, no resource request above its limit, and no privileged
 * container (or CAP_SYS_ADMIN) beside allowPrivilegeEscalation: false.
 */
final class PodSpecRules {

  /** Where each workload kind keeps its pod spec. */
  private static final Map<String, List<String>> POD_SPEC_PATHS = Map.of(
      "Pod", List.of("spec"),
      "Deployment", List.of("spec", "template", "spec"),
      "StatefulSet", List.of("spec", "template", "spec"),
      "DaemonSet", List.of("spec", "template", "spec"),
      "ReplicaSet", List.of("spec", "template", "spec"),
      "Job", List.of("spec", "template", "spec"),
      "CronJob", List.of("spec", "jobTemplate", "spec", "template", "spec"));

  private PodSpecRules() {}

  static List<FieldProblem> check(String kind, JsonObject manifest) {
    List<String> path = POD_SPEC_PATHS.get(kind);
    if (path == null) {
      return List.of();
    }
    JsonElement spec = manifest;
    for (String step : path) {
      spec = spec.isJsonObject() ? spec.getAsJsonObject().get(step) : null;
      if (spec == null || !spec.isJsonObject()) {
        return List.of(); // a missing pod spec is the type check's business
      }
    }
    List<FieldProblem> problems = new ArrayList<>();
    checkPodSpec(spec.getAsJsonObject(), String.join(".", path), problems);
    return problems;
  }

  private static void checkPodSpec(JsonObject spec, String path, List<FieldProblem> problems) {
    Set<String> volumes = new HashSet<>();
    int index = 0;
    for (JsonObject volume : objects(spec, "volumes")) {
      String name = text(volume, "name");
      if (name != null && !volumes.add(name)) {
        problems.add(new FieldProblem(path + ".volumes[" + index + "].name", "duplicate volume name \"" + name + "\""));
      }
      index++;
    }
    for (String list : List.of("initContainers", "containers")) {
      int containerIndex = 0;
      for (JsonObject container : objects(spec, list)) {
        String containerPath = path + "." + list + "[" + containerIndex++ + "]";
        checkMounts(container, containerPath, volumes, problems);
        checkResources(container, containerPath, problems);
        checkSecurityContext(container, containerPath, problems);
      }
    }
  }

  private static void checkMounts(JsonObject container, String path, Set<String> volumes, List<FieldProblem> problems) {
    Set<String> mountPaths = new HashSet<>();
    int index = 0;
    for (JsonObject mount : objects(container, "volumeMounts")) {
      String mountPath = path + ".volumeMounts[" + index++ + "]";
      String name = text(mount, "name");
      if (name != null && !volumes.contains(name)) {
        problems.add(new FieldProblem(mountPath + ".name", "mounts volume \"" + name + "\", which the pod does not define"));
      }
      String target = text(mount, "mountPath");
      if (target != null && !mountPaths.add(target)) {
        problems.add(new FieldProblem(mountPath + ".mountPath", "path \"" + target + "\" is mounted twice in the container"));
      }
    }
  }

  /** No privileges beside allowPrivilegeEscalation: false, which turns escalation off. */
  private static void checkSecurityContext(JsonObject container, String path, List<FieldProblem> problems) {
    JsonElement context = container.get("securityContext");
    if (context == null || !context.isJsonObject() || !"false".equals(text(context.getAsJsonObject(), "allowPrivilegeEscalation"))) {
      return;
    }
    if ("true".equals(text(context.getAsJsonObject(), "privileged"))) {
      problems.add(new FieldProblem(path + ".securityContext",
          "cannot set allowPrivilegeEscalation to false and privileged to true"));
    }
    JsonElement capabilities = context.getAsJsonObject().get("capabilities");
    if (capabilities != null && capabilities.isJsonObject()) {
      JsonElement added = capabilities.getAsJsonObject().get("add");
      if (added != null && added.isJsonArray()) {
        for (JsonElement capability : added.getAsJsonArray()) {
          if (capability.isJsonPrimitive() && capability.getAsString().equals("CAP_SYS_ADMIN")) {
            problems.add(new FieldProblem(path + ".securityContext",
                "cannot set allowPrivilegeEscalation to false and capabilities.add CAP_SYS_ADMIN"));
          }
        }
      }
    }
  }

  private static void checkResources(JsonObject container, String path, List<FieldProblem> problems) {
    JsonElement resources = container.get("resources");
    if (resources == null || !resources.isJsonObject()) {
      return;
    }
    JsonElement requests = resources.getAsJsonObject().get("requests");
    JsonElement limits = resources.getAsJsonObject().get("limits");
    if (requests == null || limits == null || !requests.isJsonObject() || !limits.isJsonObject()) {
      return;
    }
    for (Map.Entry<String, JsonElement> request : requests.getAsJsonObject().entrySet()) {
      JsonElement limit = limits.getAsJsonObject().get(request.getKey());
      if (limit == null || !limit.isJsonPrimitive() || !request.getValue().isJsonPrimitive()) {
        continue;
      }
      String requested = request.getValue().getAsString();
      String limited = limit.getAsString();
      try {
        if (Quantity.fromString(requested).getNumber().compareTo(Quantity.fromString(limited).getNumber()) > 0) {
          problems.add(new FieldProblem(path + ".resources.requests." + request.getKey(),
              "request " + requested + " is above the limit " + limited));
        }
      } catch (QuantityFormatException | NumberFormatException e) {
        // not a quantity: the type check reports it
      }
    }
  }

  private static List<JsonObject> objects(JsonObject parent, String key) {
    JsonElement element = parent.get(key);
    if (element == null || !element.isJsonArray()) {
      return List.of();
    }
    List<JsonObject> objects = new ArrayList<>();
    for (JsonElement child : (JsonArray) element) {
      if (child.isJsonObject()) {
        objects.add(child.getAsJsonObject());
      }
    }
    return objects;
  }

  private static String text(JsonObject object, String key) {
    JsonElement element = object.get(key);
    return element != null && element.isJsonPrimitive() ? element.getAsString() : null;
  }
}
