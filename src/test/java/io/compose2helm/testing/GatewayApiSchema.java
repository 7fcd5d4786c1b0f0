package io.compose2helm.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.google.gson.JsonObject;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.Gateway;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRoute;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Strict check of Gateway API objects (gateway.networking.k8s.io/v1) with the fabric8 model: the
 * body must bind to the model without coercion, no field may land in the model's catch-all
 * {@code additionalProperties} (fabric8 keeps unknown fields there instead of failing), the object
 * must survive a round trip unchanged, and the required fields, enums, patterns and CEL rules of
 * the CRDs that the model does not carry are checked by hand.
 */
public final class GatewayApiSchema implements CustomKindValidator {

  public static final String API_VERSION = "gateway.networking.k8s.io/v1";
  public static final String HTTP_ROUTE = "HTTPRoute";
  public static final String GATEWAY = "Gateway";

  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
      .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
      .build();

  // Patterns of the v1 CRDs (Hostname, SectionName, ObjectName, Duration).
  private static final Pattern HOSTNAME =
      Pattern.compile("^(\\*\\.)?[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$");
  private static final Pattern SECTION_NAME =
      Pattern.compile("^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$");
  private static final Pattern DURATION = Pattern.compile("^([0-9]{1,5}(h|m|s|ms)){1,4}$");
  private static final Pattern DURATION_PART = Pattern.compile("([0-9]{1,5})(h|ms|m|s)");
  private static final Set<String> PATH_TYPES = Set.of("Exact", "PathPrefix", "RegularExpression");
  private static final Set<String> FROM = Set.of("All", "Selector", "Same");
  private static final Set<String> TLS_MODES = Set.of("Terminate", "Passthrough");

  private final Class<?> model;
  private final BiConsumer<JsonNode, List<FieldProblem>> rules;

  private GatewayApiSchema(Class<?> model, BiConsumer<JsonNode, List<FieldProblem>> rules) {
    this.model = model;
    this.rules = rules;
  }

  public static GatewayApiSchema httpRoute() {
    return new GatewayApiSchema(HTTPRoute.class, GatewayApiSchema::httpRouteRules);
  }

  public static GatewayApiSchema gateway() {
    return new GatewayApiSchema(Gateway.class, GatewayApiSchema::gatewayRules);
  }

  /** A schema that also checks both Gateway API kinds the chart emits. */
  public static KubeSchema register(KubeSchema schema) {
    return schema.withCustomKind(API_VERSION, HTTP_ROUTE, httpRoute()).withCustomKind(API_VERSION, GATEWAY, gateway());
  }

  @Override
  public List<FieldProblem> validate(JsonObject manifest) {
    List<FieldProblem> problems = new ArrayList<>();
    JsonNode input;
    Object parsed;
    try {
      input = MAPPER.readTree(manifest.toString());
      parsed = MAPPER.treeToValue(input, model);
    } catch (JsonMappingException e) {
      String path = e.getPath().stream()
          .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : String.valueOf(ref.getIndex()))
          .collect(Collectors.joining("."));
      return List.of(new FieldProblem(path, "does not bind to " + model.getSimpleName() + ": " + e.getOriginalMessage()));
    } catch (JsonProcessingException e) {
      return List.of(new FieldProblem("", "unreadable: " + e.getOriginalMessage()));
    }
    unknownFields(parsed, "", problems);
    if (problems.isEmpty() && !MAPPER.valueToTree(parsed).equals(input)) {
      problems.add(new FieldProblem("", "changes in a round trip through " + model.getSimpleName()
          + ": " + MAPPER.valueToTree(parsed)));
    }
    if (input.path("spec").isObject()) {
      rules.accept(input.path("spec"), problems);
    } else {
      problems.add(new FieldProblem("spec", "required"));
    }
    return problems;
  }

  /** Fields fabric8 could not place; metadata is left to KubeSchema's own metadata check. */
  private static void unknownFields(Object node, String path, List<FieldProblem> problems) {
    if (node instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        unknownFields(list.get(i), path + "[" + i + "]", problems);
      }
      return;
    }
    if (node == null || !node.getClass().getName().startsWith("io.fabric8.kubernetes.api.model.gatewayapi")) {
      return;
    }
    for (Class<?> type = node.getClass(); type != Object.class; type = type.getSuperclass()) {
      for (Field field : type.getDeclaredFields()) {
        if (Modifier.isStatic(field.getModifiers()) || field.getName().equals("metadata")) {
          continue;
        }
        field.setAccessible(true);
        Object value;
        try {
          value = field.get(node);
        } catch (IllegalAccessException e) {
          throw new IllegalStateException(e);
        }
        String here = path.isEmpty() ? field.getName() : path + "." + field.getName();
        if (field.getName().equals("additionalProperties") && value instanceof Map<?, ?> extra) {
          extra.keySet().forEach(key -> problems.add(new FieldProblem(path.isEmpty() ? String.valueOf(key) : path + "." + key,
              "unknown field \"" + key + "\" in " + node.getClass().getSimpleName())));
        } else {
          unknownFields(value, here, problems);
        }
      }
    }
  }

  private static void httpRouteRules(JsonNode spec, List<FieldProblem> problems) {
    JsonNode parentRefs = spec.path("parentRefs");
    for (int i = 0; i < parentRefs.size(); i++) {
      JsonNode ref = parentRefs.get(i);
      String at = "spec.parentRefs[" + i + "]";
      required(ref, "name", at, problems);
      pattern(ref, "sectionName", SECTION_NAME, at, problems);
    }
    JsonNode hostnames = spec.path("hostnames");
    for (int i = 0; i < hostnames.size(); i++) {
      String host = hostnames.get(i).asText();
      if (!HOSTNAME.matcher(host).matches() || host.length() > 253) {
        problems.add(new FieldProblem("spec.hostnames[" + i + "]", "not a hostname: " + host));
      }
    }
    JsonNode rules = spec.path("rules");
    for (int r = 0; r < rules.size(); r++) {
      JsonNode rule = rules.get(r);
      String at = "spec.rules[" + r + "]";
      JsonNode matches = rule.path("matches");
      for (int m = 0; m < matches.size(); m++) {
        JsonNode path = matches.get(m).path("path");
        String pathAt = at + ".matches[" + m + "].path";
        if (path.has("type") && !PATH_TYPES.contains(path.get("type").asText())) {
          problems.add(new FieldProblem(pathAt + ".type", "must be one of " + PATH_TYPES));
        }
        if (path.has("value") && !path.get("value").asText().startsWith("/")) {
          problems.add(new FieldProblem(pathAt + ".value", "must be an absolute path"));
        }
      }
      JsonNode backendRefs = rule.path("backendRefs");
      for (int b = 0; b < backendRefs.size(); b++) {
        JsonNode ref = backendRefs.get(b);
        String refAt = at + ".backendRefs[" + b + "]";
        required(ref, "name", refAt, problems);
        boolean service = ref.path("kind").asText("Service").equals("Service") && ref.path("group").asText("").isEmpty();
        if (service && !ref.has("port")) {
          problems.add(new FieldProblem(refAt + ".port", "required for a Service backend"));
        }
        portRange(ref, refAt, problems);
      }
      JsonNode timeouts = rule.path("timeouts");
      pattern(timeouts, "request", DURATION, at + ".timeouts", problems);
      pattern(timeouts, "backendRequest", DURATION, at + ".timeouts", problems);
      if (timeouts.has("request") && timeouts.has("backendRequest")
          && millis(timeouts.get("request").asText()) != 0
          && millis(timeouts.get("backendRequest").asText()) > millis(timeouts.get("request").asText())) {
        problems.add(new FieldProblem(at + ".timeouts", "backendRequest must be <= request"));
      }
    }
  }

  private static void gatewayRules(JsonNode spec, List<FieldProblem> problems) {
    required(spec, "gatewayClassName", "spec", problems);
    JsonNode listeners = spec.path("listeners");
    if (listeners.size() < 1 || listeners.size() > 64) {
      problems.add(new FieldProblem("spec.listeners", "needs 1 to 64 listeners"));
    }
    Set<String> names = new HashSet<>();
    for (int i = 0; i < listeners.size(); i++) {
      JsonNode listener = listeners.get(i);
      String at = "spec.listeners[" + i + "]";
      required(listener, "name", at, problems);
      required(listener, "port", at, problems);
      required(listener, "protocol", at, problems);
      pattern(listener, "name", SECTION_NAME, at, problems);
      pattern(listener, "hostname", HOSTNAME, at, problems);
      portRange(listener, at, problems);
      if (!names.add(listener.path("name").asText())) {
        problems.add(new FieldProblem(at + ".name", "listener names must be unique"));
      }
      String protocol = listener.path("protocol").asText();
      boolean secure = protocol.equals("HTTPS") || protocol.equals("TLS");
      if (secure && !listener.has("tls")) {
        problems.add(new FieldProblem(at + ".tls", "must be specified for protocol " + protocol));
      }
      if (!secure && listener.has("tls")) {
        problems.add(new FieldProblem(at + ".tls", "must not be specified for protocol " + protocol));
      }
      JsonNode tls = listener.path("tls");
      if (tls.has("mode") && !TLS_MODES.contains(tls.get("mode").asText())) {
        problems.add(new FieldProblem(at + ".tls.mode", "must be one of " + TLS_MODES));
      }
      if (listener.has("tls") && !tls.path("mode").asText("Terminate").equals("Passthrough")) {
        JsonNode refs = tls.path("certificateRefs");
        if (refs.isEmpty() && !tls.has("options")) {
          problems.add(new FieldProblem(at + ".tls", "certificateRefs or options must be specified when mode is Terminate"));
        }
        for (int c = 0; c < refs.size(); c++) {
          required(refs.get(c), "name", at + ".tls.certificateRefs[" + c + "]", problems);
        }
      }
      JsonNode from = listener.path("allowedRoutes").path("namespaces").path("from");
      if (!from.isMissingNode() && !FROM.contains(from.asText())) {
        problems.add(new FieldProblem(at + ".allowedRoutes.namespaces.from", "must be one of " + FROM));
      }
    }
  }

  private static void required(JsonNode node, String field, String at, List<FieldProblem> problems) {
    JsonNode value = node.path(field);
    if (value.isMissingNode() || value.isNull() || (value.isTextual() && value.asText().isEmpty())) {
      problems.add(new FieldProblem(at + "." + field, "required"));
    }
  }

  private static void pattern(JsonNode node, String field, Pattern pattern, String at, List<FieldProblem> problems) {
    if (node.has(field) && !pattern.matcher(node.get(field).asText()).matches()) {
      problems.add(new FieldProblem(at + "." + field, "must match " + pattern.pattern()));
    }
  }

  private static void portRange(JsonNode node, String at, List<FieldProblem> problems) {
    if (node.has("port") && (node.get("port").asInt() < 1 || node.get("port").asInt() > 65535)) {
      problems.add(new FieldProblem(at + ".port", "must be 1-65535"));
    }
  }

  private static long millis(String duration) {
    long total = 0;
    Matcher part = DURATION_PART.matcher(duration);
    while (part.find()) {
      long amount = Long.parseLong(part.group(1));
      total += switch (part.group(2)) {
        case "h" -> amount * 3_600_000;
        case "m" -> amount * 60_000;
        case "s" -> amount * 1000;
        default -> amount;
      };
    }
    return total;
  }
}
