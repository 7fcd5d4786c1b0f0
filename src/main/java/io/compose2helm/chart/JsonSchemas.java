package io.compose2helm.chart;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Small constructors for JSON Schema fragments, kept as plain ordered maps. */
final class JsonSchemas {

  private JsonSchemas() {}

  /** An object that accepts only the listed properties, so a misspelled key fails. */
  static Map<String, Object> closedObject(Map<String, Object> properties) {
    Map<String, Object> schema = new LinkedHashMap<>();
    schema.put("type", "object");
    schema.put("additionalProperties", false);
    schema.put("properties", properties);
    return schema;
  }

  /** An object whose keys are free (names, Kubernetes fields) and whose values match {@code values}. */
  static Map<String, Object> mapOf(Map<String, Object> values) {
    Map<String, Object> schema = new LinkedHashMap<>();
    schema.put("type", "object");
    schema.put("additionalProperties", values);
    return schema;
  }

  static Map<String, Object> openObject() {
    return type("object");
  }

  static Map<String, Object> arrayOf(Map<String, Object> items) {
    Map<String, Object> schema = type("array");
    schema.put("items", items);
    return schema;
  }

  static Map<String, Object> string() {
    return type("string");
  }

  static Map<String, Object> bool() {
    return type("boolean");
  }

  static Map<String, Object> integer(long minimum) {
    Map<String, Object> schema = type("integer");
    schema.put("minimum", minimum);
    return schema;
  }

  static Map<String, Object> port() {
    Map<String, Object> schema = integer(1);
    schema.put("maximum", 65535);
    return schema;
  }

  static Map<String, Object> enumOf(String... values) {
    Map<String, Object> schema = type("string");
    schema.put("enum", List.of(values));
    return schema;
  }

  /** Scalars that render fine as text (environment values, quantities). */
  static Map<String, Object> scalar() {
    Map<String, Object> schema = new LinkedHashMap<>();
    schema.put("type", List.of("string", "number", "boolean"));
    return schema;
  }

  static Map<String, Object> ref(String definition) {
    Map<String, Object> schema = new LinkedHashMap<>();
    schema.put("$ref", "#/$defs/" + definition);
    return schema;
  }

  static Map<String, Object> props(Object... keysAndSchemas) {
    Map<String, Object> properties = new LinkedHashMap<>();
    for (int i = 0; i < keysAndSchemas.length; i += 2) {
      properties.put((String) keysAndSchemas[i], keysAndSchemas[i + 1]);
    }
    return properties;
  }

  private static Map<String, Object> type(String type) {
    Map<String, Object> schema = new LinkedHashMap<>();
    schema.put("type", type);
    return schema;
  }
}
