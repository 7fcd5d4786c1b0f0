package io.compose2helm.testing;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.kubernetes.client.openapi.models.V1ObjectMeta;
import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Strict validation of rendered manifests against the official Kubernetes client models.
 *
 * <p>Usage: {@code KubeSchema.standard().assertValid(renderedYaml)}, or register CRDs first with
 * {@link #withCustomKind}.
 */
public final class KubeSchema {

  private final Map<String, CustomKindValidator> customKinds;

  private KubeSchema(Map<String, CustomKindValidator> customKinds) {
    this.customKinds = Map.copyOf(customKinds);
  }

  /** Built-in kinds only; any other apiVersion/kind is reported as a problem. */
  public static KubeSchema standard() {
    return new KubeSchema(Map.of());
  }

  /** A copy that also accepts {@code apiVersion/kind}, checking its body with {@code validator}. */
  public KubeSchema withCustomKind(String apiVersion, String kind, CustomKindValidator validator) {
    Map<String, CustomKindValidator> extended = new HashMap<>(customKinds);
    extended.put(KubeModelTable.key(apiVersion, kind), validator);
    return new KubeSchema(extended);
  }

  /** Fails with every problem listed, one per line. */
  public void assertValid(String renderedYaml) {
    List<ManifestProblem> problems = validate(renderedYaml);
    if (!problems.isEmpty()) {
      throw new AssertionError(problems.size() + " invalid manifest field(s):\n"
          + problems.stream().map(ManifestProblem::toString).collect(Collectors.joining("\n")));
    }
  }

  /** All problems in all documents; empty when every document is valid. */
  public List<ManifestProblem> validate(String renderedYaml) {
    List<ManifestProblem> problems = new ArrayList<>();
    for (JsonObject manifest : KubeYaml.documents(renderedYaml)) {
      problems.addAll(validateManifest(manifest));
    }
    return problems;
  }

  private List<ManifestProblem> validateManifest(JsonObject manifest) {
    String apiVersion = stringOrEmpty(manifest.get("apiVersion"));
    String kind = stringOrEmpty(manifest.get("kind"));
    String name = Optional.ofNullable(manifest.get("metadata"))
        .filter(JsonElement::isJsonObject)
        .map(metadata -> stringOrEmpty(metadata.getAsJsonObject().get("name")))
        .orElse("");
    List<FieldProblem> found = new ArrayList<>(KubeNameRules.check(kind, manifest));
    found.addAll(PodSpecRules.check(kind, manifest));
    found.addAll(DeploymentStrategyRules.check(kind, manifest));
    found.addAll(validateBody(apiVersion, kind, manifest));
    return found.stream()
        .map(problem -> new ManifestProblem(kind, name, problem.path(), problem.message()))
        .toList();
  }

  private List<FieldProblem> validateBody(String apiVersion, String kind, JsonObject manifest) {
    CustomKindValidator custom = customKinds.get(KubeModelTable.key(apiVersion, kind));
    if (custom != null) {
      List<FieldProblem> problems = new ArrayList<>(custom.validate(manifest));
      JsonElement metadata = manifest.get("metadata");
      if (metadata != null && metadata.isJsonObject()) {
        KubeModelShapeChecker.check(metadata.getAsJsonObject(), V1ObjectMeta.class)
            .forEach(p -> problems.add(new FieldProblem("metadata." + p.path(), p.message())));
      }
      return problems;
    }
    Optional<Class<?>> model = KubeModelTable.modelFor(apiVersion, kind);
    if (model.isEmpty()) {
      return List.of(new FieldProblem("", "unknown apiVersion/kind \"" + apiVersion + "/" + kind
          + "\" (register it with KubeSchema.withCustomKind if it is a CRD)"));
    }
    List<FieldProblem> problems = KubeModelShapeChecker.check(manifest, model.get());
    if (problems.isEmpty()) {
      // Second opinion from the generated validator; it only ever adds the first problem it
      // meets, without a path, so it is consulted only when the walker found nothing.
      clientValidatorProblem(model.get(), manifest).ifPresent(problems::add);
    }
    return problems;
  }

  private static Optional<FieldProblem> clientValidatorProblem(Class<?> model, JsonObject json) {
    try {
      model.getMethod("validateJsonElement", JsonElement.class).invoke(null, json);
      return Optional.empty();
    } catch (InvocationTargetException e) {
      return Optional.of(new FieldProblem("", "client validator: " + e.getCause().getMessage()));
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("model without validateJsonElement: " + model, e);
    }
  }

  private static String stringOrEmpty(JsonElement element) {
    return element != null && element.isJsonPrimitive() ? element.getAsString() : "";
  }
}
