package io.compose2helm.it;

import io.compose2helm.testing.FileTrees;
import io.compose2helm.testing.GatewayApiSchema;
import io.compose2helm.testing.HelmChecks;
import io.compose2helm.testing.IngressControllerDefaults;
import io.compose2helm.testing.KubeSchema;
import io.compose2helm.testing.SecretProviderClassSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Proves an emitted chart valid the way a cluster would judge it, per environment. */
public final class ChartValidation {

  public static final List<String> ENVIRONMENTS = List.of("local", "dev", "prod");
  public static final String RELEASE = "release";
  public static final String NAMESPACE = "apps";

  /** The Kubernetes API plus the CRDs the chart may emit. */
  public static final KubeSchema SCHEMA = GatewayApiSchema.register(KubeSchema.standard()
      .withCustomKind(SecretProviderClassSchema.API_VERSION, SecretProviderClassSchema.KIND, new SecretProviderClassSchema()));

  /**
   * Dummy Key Vault values for the placeholders env/prod.yaml leaves empty (there install fails
   * naming them): every prod render and lint in the tests goes through {@link #valuesFiles}.
   */
  public static final Path PROD_KEY_VAULT = Path.of("src/test/resources/overlays/prod-keyvault-test.yaml");

  private ChartValidation() {}

  /**
   * values.yaml, env/ENVIRONMENT.yaml (with prod, the test Key Vault values after it) and the given
   * extra files, in the order Helm merges them.
   */
  public static List<Path> valuesFiles(Path chart, String environment, Path... extra) {
    List<Path> files = new java.util.ArrayList<>(List.of(chart.resolve("values.yaml")));
    files.addAll(overlays(chart, environment));
    files.addAll(List.of(extra));
    return files;
  }

  /** env/ENVIRONMENT.yaml, and with prod the test Key Vault values. */
  public static List<Path> overlays(Path chart, String environment) {
    Path overlay = chart.resolve("env/" + environment + ".yaml");
    return environment.equals("prod") ? List.of(overlay, PROD_KEY_VAULT) : List.of(overlay);
  }

  /**
   * Strict lint of the chart alone and merged with each overlay, then a render per environment
   * checked against the Kubernetes API schema and what a default ingress controller accepts. Returns the rendered manifests by environment.
   */
  public static Map<String, String> validateAllEnvironments(Path chart) {
    HelmChecks.lintStrict(chart);
    Map<String, String> rendered = new LinkedHashMap<>();
    for (String environment : ENVIRONMENTS) {
      HelmChecks.lintStrictWithOverlay(chart, overlays(chart, environment).toArray(Path[]::new));
      String manifests = render(chart, environment);
      SCHEMA.assertValid(manifests);
      IngressControllerDefaults.assertAccepted(manifests);
      rendered.put(environment, manifests);
    }
    validateHookJobs(chart);
    return rendered;
  }

  /**
   * helm-java leaves hooks out of its output, so a chart with hook Jobs is rendered once more per
   * environment from a copy whose hook annotations are renamed, and those pods are checked too.
   */
  private static void validateHookJobs(Path chart) {
    try {
      if (!Files.readString(chart.resolve("values.yaml")).contains("\n      hook: true")) {
        return;
      }
      Path copy = Files.createTempDirectory("hooks-");
      try {
        FileTrees.copy(chart, copy);
        try (var files = Files.walk(copy.resolve("templates"))) {
          for (Path file : files.filter(Files::isRegularFile).toList()) {
            Files.writeString(file, Files.readString(file).replace("helm.sh/hook", "example.com/was-hook"));
          }
        }
        for (String environment : ENVIRONMENTS) {
          SCHEMA.assertValid(render(copy, environment));
        }
      } finally {
        FileTrees.delete(copy);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static String render(Path chart, String environment) {
    // A chart whose services are all switched off (every one in a profile) renders nothing.
    return java.util.Objects.requireNonNullElse(HelmChecks.template(chart, RELEASE, NAMESPACE,
        valuesFiles(chart, environment)), "");
  }
}
