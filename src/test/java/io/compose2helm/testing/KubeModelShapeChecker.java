package io.compose2helm.testing;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import com.google.gson.annotations.SerializedName;
import io.kubernetes.client.custom.IntOrString;
import io.kubernetes.client.custom.Quantity;
import io.kubernetes.client.custom.QuantityFormatException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * Walks a JSON manifest against the Java types of the official client models.
 *
 * <p>The generated {@code validateJsonElement} reports only the first unknown/missing field, without
 * a path, and accepts e.g. {@code "two"} for an integer or {@code 1} for a string. This walker
 * reports every problem with its full path and checks scalar types the way the API server does.
 */
final class KubeModelShapeChecker {

  private static final String MODEL_PACKAGE = "io.kubernetes.client.openapi.models";
  private static final Map<Class<?>, Map<String, Field>> FIELDS_BY_MODEL = new ConcurrentHashMap<>();

  private final List<FieldProblem> problems = new ArrayList<>();

  private KubeModelShapeChecker() {}

  static List<FieldProblem> check(JsonObject manifest, Class<?> model) {
    KubeModelShapeChecker checker = new KubeModelShapeChecker();
    checker.checkValue(manifest, model, "");
    return checker.problems;
  }

  private void checkValue(JsonElement value, Type type, String path) {
    if (value == null || value.isJsonNull()) {
      return; // the API server treats an explicit null like an absent field
    }
    Class<?> raw = rawClass(type);
    if (raw == String.class) {
      expectPrimitive(value, path, "string", JsonPrimitive::isString);
    } else if (raw == Integer.class || raw == Long.class) {
      checkIntegral(value, path, raw == Integer.class);
    } else if (raw == Double.class || raw == Float.class || raw == BigDecimal.class) {
      expectPrimitive(value, path, "number", JsonPrimitive::isNumber);
    } else if (raw == Boolean.class) {
      expectPrimitive(value, path, "boolean", JsonPrimitive::isBoolean);
    } else if (raw == IntOrString.class) {
      checkIntOrString(value, path);
    } else if (raw == Quantity.class) {
      checkQuantity(value, path);
    } else if (raw == OffsetDateTime.class) {
      checkTimestamp(value, path);
    } else if (raw == byte[].class) {
      checkBase64(value, path);
    } else if (Collection.class.isAssignableFrom(raw)) {
      checkList(value, typeArgument(type, 0), path);
    } else if (Map.class.isAssignableFrom(raw)) {
      checkMap(value, typeArgument(type, 1), path);
    } else if (raw.getPackageName().equals(MODEL_PACKAGE)) {
      checkModel(value, raw, path);
    }
    // Anything else (Object, free-form JSON) accepts any value, as the schema does.
  }

  private void checkModel(JsonElement value, Class<?> model, String path) {
    if (!value.isJsonObject()) {
      problems.add(new FieldProblem(path, "expected object (" + model.getSimpleName() + "), got "
          + describe(value)));
      return;
    }
    JsonObject object = value.getAsJsonObject();
    Map<String, Field> fields = fieldsOf(model);
    for (Map.Entry<String, JsonElement> entry : object.entrySet()) {
      Field field = fields.get(entry.getKey());
      String childPath = join(path, entry.getKey());
      if (field == null) {
        problems.add(new FieldProblem(childPath,
            "unknown field \"" + entry.getKey() + "\" in " + model.getSimpleName()));
      } else {
        checkValue(entry.getValue(), field.getGenericType(), childPath);
      }
    }
    for (String required : requiredFieldsOf(model)) {
      JsonElement present = object.get(required);
      if (present == null || present.isJsonNull()) {
        problems.add(new FieldProblem(join(path, required),
            "missing required field \"" + required + "\" in " + model.getSimpleName()));
      }
    }
  }

  private void checkList(JsonElement value, Type elementType, String path) {
    if (!value.isJsonArray()) {
      problems.add(new FieldProblem(path, "expected array, got " + describe(value)));
      return;
    }
    int index = 0;
    for (JsonElement element : value.getAsJsonArray()) {
      checkValue(element, elementType, path + "[" + index++ + "]");
    }
  }

  private void checkMap(JsonElement value, Type valueType, String path) {
    if (!value.isJsonObject()) {
      problems.add(new FieldProblem(path, "expected object (map), got " + describe(value)));
      return;
    }
    for (Map.Entry<String, JsonElement> entry : value.getAsJsonObject().entrySet()) {
      checkValue(entry.getValue(), valueType, path + "[" + entry.getKey() + "]");
    }
  }

  private void checkIntegral(JsonElement value, String path, boolean int32) {
    if (!isNumber(value)) {
      problems.add(new FieldProblem(path, "expected integer, got " + describe(value)));
      return;
    }
    BigDecimal number = value.getAsBigDecimal();
    if (number.stripTrailingZeros().scale() > 0) {
      problems.add(new FieldProblem(path, "expected integer, got fraction " + number));
    } else if (int32 && number.abs().compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
      problems.add(new FieldProblem(path, "integer out of int32 range: " + number));
    }
  }

  private void checkIntOrString(JsonElement value, String path) {
    if (isNumber(value)) {
      checkIntegral(value, path, true);
    } else {
      expectPrimitive(value, path, "integer or string", JsonPrimitive::isString);
    }
  }

  private void checkQuantity(JsonElement value, String path) {
    if (isNumber(value)) {
      return;
    }
    if (!expectPrimitive(value, path, "quantity (string or number)", JsonPrimitive::isString)) {
      return;
    }
    try {
      Quantity.fromString(value.getAsString());
    } catch (QuantityFormatException | IllegalArgumentException | ArithmeticException e) {
      problems.add(new FieldProblem(path, "invalid quantity \"" + value.getAsString() + "\""));
    }
  }

  private void checkTimestamp(JsonElement value, String path) {
    if (!expectPrimitive(value, path, "RFC 3339 timestamp string", JsonPrimitive::isString)) {
      return;
    }
    try {
      OffsetDateTime.parse(value.getAsString());
    } catch (DateTimeParseException e) {
      problems.add(new FieldProblem(path, "invalid RFC 3339 timestamp \"" + value.getAsString()
          + "\""));
    }
  }

  private void checkBase64(JsonElement value, String path) {
    if (!expectPrimitive(value, path, "base64 string", JsonPrimitive::isString)) {
      return;
    }
    try {
      Base64.getDecoder().decode(value.getAsString());
    } catch (IllegalArgumentException e) {
      problems.add(new FieldProblem(path, "invalid base64: " + e.getMessage()));
    }
  }

  private boolean expectPrimitive(JsonElement value, String path, String expected,
      Predicate<JsonPrimitive> accepts) {
    if (value.isJsonPrimitive() && accepts.test(value.getAsJsonPrimitive())) {
      return true;
    }
    problems.add(new FieldProblem(path, "expected " + expected + ", got " + describe(value)));
    return false;
  }

  private static boolean isNumber(JsonElement value) {
    return value.isJsonPrimitive() && value.getAsJsonPrimitive().isNumber();
  }

  private static String describe(JsonElement value) {
    if (value.isJsonObject()) {
      return "object";
    }
    if (value.isJsonArray()) {
      return "array";
    }
    JsonPrimitive primitive = value.getAsJsonPrimitive();
    String type = primitive.isString() ? "string" : primitive.isNumber() ? "number" : "boolean";
    return type + " " + primitive;
  }

  private static String join(String path, String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  private static Class<?> rawClass(Type type) {
    if (type instanceof Class<?> c) {
      return c;
    }
    if (type instanceof ParameterizedType p) {
      return (Class<?>) p.getRawType();
    }
    return Object.class;
  }

  private static Type typeArgument(Type type, int index) {
    if (type instanceof ParameterizedType p && p.getActualTypeArguments().length > index) {
      return p.getActualTypeArguments()[index];
    }
    return Object.class;
  }

  private static Map<String, Field> fieldsOf(Class<?> model) {
    return FIELDS_BY_MODEL.computeIfAbsent(model, m -> {
      Map<String, Field> fields = new LinkedHashMap<>();
      for (Field field : m.getDeclaredFields()) {
        SerializedName name = field.getAnnotation(SerializedName.class);
        if (name != null && !Modifier.isStatic(field.getModifiers())) {
          fields.put(name.value(), field);
        }
      }
      return fields;
    });
  }

  @SuppressWarnings("unchecked")
  private static Set<String> requiredFieldsOf(Class<?> model) {
    // The generator publishes required names in a static set; models without it have none.
    try {
      Object required = model.getField("openapiRequiredFields").get(null);
      return required instanceof Set<?> set ? (Set<String>) set : Set.of();
    } catch (ReflectiveOperationException e) {
      return Set.of();
    }
  }
}
