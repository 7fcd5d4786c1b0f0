package io.compose2helm.testing;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;
import io.compose2helm.chart.HelmRenderer;
import io.compose2helm.diagnostics.InputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Runs Helm in process (helm-java, Helm's Go code via JNA) against a chart directory.
 *
 * <p>helm-java reports failures in two ways: lint returns a {@link LintResult} whose messages look
 * like {@code [ERROR] templates/: ...} / {@code [WARNING] ...} / {@code [INFO] ...}; every other
 * command throws {@link IllegalStateException} carrying Helm's error text. Both become
 * {@link AssertionError}s here so a test failure shows Helm's own words.
 */
public final class HelmChecks {

  private HelmChecks() {}

  /**
   * {@code helm lint --strict}: fails on any ERROR or WARNING (INFO such as "icon is recommended"
   * does not fail). Returns the result so callers can inspect INFO messages.
   */
  public static LintResult lintStrict(Path chartDir) {
    LintResult result;
    try {
      result = new Helm(chartDir).lint().strict().call();
    } catch (IllegalStateException e) {
      throw new AssertionError("helm lint --strict could not run on " + chartDir + ": "
          + e.getMessage(), e);
    }
    if (result.isFailed()) {
      throw new AssertionError("helm lint --strict failed for " + chartDir + ":\n"
          + String.join("\n", result.getMessages()));
    }
    return result;
  }

  /**
   * Like {@code helm lint --strict -f overlay -f ...}: helm-java's lint takes no values files, so this
   * lints a temporary copy whose values.yaml is the Helm-style merge of defaults and the overlays in order.
   */
  public static LintResult lintStrictWithOverlay(Path chartDir, Path... overlayFiles) {
    Path copy;
    try {
      Map<String, Object> merged = ChartCopies.readValues(valuesFileOf(chartDir));
      for (Path overlayFile : overlayFiles) {
        merged = HelmValuesMerger.merge(merged, ChartCopies.readValues(overlayFile));
      }
      copy = ChartCopies.copyWithValues(chartDir, merged);
    } catch (IOException e) {
      throw new AssertionError("could not prepare " + chartDir + " with " + List.of(overlayFiles), e);
    }
    try {
      return lintStrict(copy);
    } finally {
      ChartCopies.delete(copy);
    }
  }

  /**
   * {@code helm template <release> <chart> -n <namespace> -f v1 -f v2 ...} through the product's
   * own {@link HelmRenderer}, so tests render exactly as {@code compose2helm diff} does. Hooks are not
   * part of helm-java's output, and missing values render as empty (no strict mode for templates).
   */
  public static String template(Path chartDir, String releaseName, String namespace,
      List<Path> valuesFiles) {
    try {
      return new HelmRenderer().render(chartDir, releaseName, namespace, valuesFiles);
    } catch (InputException e) {
      throw new AssertionError(e.getMessage(), e);
    }
  }

  private static Path valuesFileOf(Path chartDir) {
    Path values = chartDir.resolve("values.yaml");
    if (!Files.exists(values)) {
      throw new AssertionError(chartDir + " has no values.yaml");
    }
    return values;
  }
}
