package io.compose2helm.testing;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The published schema of the Secrets Store CSI driver's {@code SecretProviderClass}
 * (secrets-store.csi.x-k8s.io/v1), written out by hand: the client library has no model for CRDs.
 * Unknown fields and wrong types are problems, as they are for built-in kinds.
 */
public final class SecretProviderClassSchema implements CustomKindValidator {

  public static final String API_VERSION = "secrets-store.csi.x-k8s.io/v1";
  public static final String KIND = "SecretProviderClass";

  private static final Set<String> TOP_LEVEL = Set.of("apiVersion", "kind", "metadata", "spec");
  private static final Set<String> SPEC = Set.of("provider", "parameters", "secretObjects");
  private static final Set<String> SECRET_OBJECT = Set.of("secretName", "type", "labels", "annotations", "data");
  private static final Set<String> DATA = Set.of("objectName", "key");

  @Override
  public List<FieldProblem> validate(JsonObject manifest) {
    List<FieldProblem> problems = new ArrayList<>();
    onlyKnown(manifest, TOP_LEVEL, "", problems);
    JsonObject spec = object(manifest.get("spec"), "spec", problems);
    if (spec == null) {
      return problems;
    }
    onlyKnown(spec, SPEC, "spec.", problems);
    string(spec.get("provider"), "spec.provider", true, problems);
    stringMap(spec.get("parameters"), "spec.parameters", problems);
    JsonElement secretObjects = spec.get("secretObjects");
    if (secretObjects != null && !secretObjects.isJsonArray()) {
      problems.add(new FieldProblem("spec.secretObjects", "expected a list"));
    } else if (secretObjects != null) {
      for (int i = 0; i < secretObjects.getAsJsonArray().size(); i++) {
        secretObject(secretObjects.getAsJsonArray().get(i), "spec.secretObjects[" + i + "]", problems);
      }
    }
    return problems;
  }

  private static void secretObject(JsonElement element, String path, List<FieldProblem> problems) {
    JsonObject secret = object(element, path, problems);
    if (secret == null) {
      return;
    }
    onlyKnown(secret, SECRET_OBJECT, path + ".", problems);
    string(secret.get("secretName"), path + ".secretName", true, problems);
    string(secret.get("type"), path + ".type", true, problems);
    stringMap(secret.get("labels"), path + ".labels", problems);
    stringMap(secret.get("annotations"), path + ".annotations", problems);
    JsonElement data = secret.get("data");
    if (data == null || !data.isJsonArray()) {
      problems.add(new FieldProblem(path + ".data", "expected a list"));
      return;
    }
    for (int i = 0; i < data.getAsJsonArray().size(); i++) {
      String itemPath = path + ".data[" + i + "]";
      JsonObject item = object(data.getAsJsonArray().get(i), itemPath, problems);
      if (item != null) {
        onlyKnown(item, DATA, itemPath + ".", problems);
        string(item.get("objectName"), itemPath + ".objectName", true, problems);
        string(item.get("key"), itemPath + ".key", true, problems);
      }
    }
  }

  private static void onlyKnown(JsonObject object, Set<String> known, String prefix, List<FieldProblem> problems) {
    for (String key : object.keySet()) {
      if (!known.contains(key)) {
        problems.add(new FieldProblem(prefix + key, "unknown field"));
      }
    }
  }

  private static JsonObject object(JsonElement element, String path, List<FieldProblem> problems) {
    if (element == null || !element.isJsonObject()) {
      problems.add(new FieldProblem(path, "expected an object"));
      return null;
    }
    return element.getAsJsonObject();
  }

  private static void string(JsonElement element, String path, boolean required, List<FieldProblem> problems) {
    if (element == null || element.isJsonNull()) {
      if (required) {
        problems.add(new FieldProblem(path, "required"));
      }
    } else if (!element.isJsonPrimitive() || !element.getAsJsonPrimitive().isString()) {
      problems.add(new FieldProblem(path, "expected a string"));
    }
  }

  private static void stringMap(JsonElement element, String path, List<FieldProblem> problems) {
    if (element == null || element.isJsonNull()) {
      return;
    }
    if (!element.isJsonObject()) {
      problems.add(new FieldProblem(path, "expected a map of strings"));
      return;
    }
    for (Map.Entry<String, JsonElement> entry : element.getAsJsonObject().entrySet()) {
      string(entry.getValue(), path + "[" + entry.getKey() + "]", true, problems);
    }
  }
}
