package io.compose2helm.testing;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/** Splits a rendered multi-document manifest into JSON objects, the shape the API server sees. */
final class KubeYaml {

  private KubeYaml() {}

  /** Non-empty documents, in order. A document that is not a mapping is rejected outright. */
  static List<JsonObject> documents(String multiDocYaml) {
    LoadSettings settings = LoadSettings.builder()
        .setSchema(new GoYamlSchema())
        .setAllowDuplicateKeys(false)
        .setLabel("rendered manifest")
        .build();
    List<JsonObject> documents = new ArrayList<>();
    int index = 0;
    for (Object document : new Load(settings).loadAllFromString(multiDocYaml)) {
      index++;
      if (document == null) {
        continue; // "---" separators and comment-only documents render as empty documents
      }
      JsonElement json = toJson(document);
      if (!json.isJsonObject()) {
        throw new IllegalArgumentException("document #" + index + " is not a mapping: " + json);
      }
      documents.add(json.getAsJsonObject());
    }
    return documents;
  }

  static JsonElement toJson(Object value) {
    if (value == null) {
      return JsonNull.INSTANCE;
    }
    if (value instanceof Map<?, ?> map) {
      JsonObject object = new JsonObject();
      map.forEach((key, child) -> object.add(String.valueOf(key), toJson(child)));
      return object;
    }
    if (value instanceof List<?> list) {
      JsonArray array = new JsonArray();
      list.forEach(child -> array.add(toJson(child)));
      return array;
    }
    if (value instanceof Boolean bool) {
      return new JsonPrimitive(bool);
    }
    if (value instanceof Number number) {
      return new JsonPrimitive(number);
    }
    if (value instanceof byte[] bytes) {
      return new JsonPrimitive(Base64.getEncoder().encodeToString(bytes)); // !!binary
    }
    return new JsonPrimitive(String.valueOf(value));
  }
}
