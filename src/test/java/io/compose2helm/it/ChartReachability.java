package io.compose2helm.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.compose2helm.testing.ReachabilityCheck;
import io.compose2helm.testing.ValuesDocsCheck;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Checks that a chart's values.yaml documents every key ({@link ValuesDocsCheck}), validates it in
 * every environment and asserts that every host its containers name resolves
 * ({@link ReachabilityCheck}); keeps the figure "references resolved / total" per corpus, counted
 * on the local render (the other environments are checked, not counted again).
 */
final class ChartReachability {

  private record Figure(int resolved, int total, int toNotRendered) {}

  private static final Map<String, Figure> FIGURES = new TreeMap<>();

  private ChartReachability() {}

  static void assertValidAndReachable(String corpus, Path chart, Map<String, List<String>> names) {
    ValuesDocsCheck.assertDocumented(chart.resolve("values.yaml"));
    ReachabilityCheck check = new ReachabilityCheck(names);
    List<String> unresolved = new ArrayList<>();
    ChartValidation.validateAllEnvironments(chart).forEach((environment, manifests) -> {
      ReachabilityCheck.Result result = check.check(manifests);
      if (environment.equals("local")) {
        synchronized (FIGURES) {
          FIGURES.merge(corpus, new Figure(result.resolved().size(), result.total(), result.toNotRendered().size()),
              (a, b) -> new Figure(a.resolved() + b.resolved(), a.total() + b.total(), a.toNotRendered() + b.toNotRendered()));
        }
      }
      result.unresolved().forEach(reference -> unresolved.add(environment + ": " + reference));
    });
    assertTrue(unresolved.isEmpty(), () -> "references that do not resolve to a Service with that port:\n  "
        + String.join("\n  ", unresolved));
  }

  /** Prints the corpus's figure, e.g. {@code reachability real: 192/192 references resolved}. */
  static void printFigure(String corpus) {
    Figure figure = FIGURES.getOrDefault(corpus, new Figure(0, 0, 0));
    System.out.println("reachability " + corpus + ": " + figure.resolved() + "/" + figure.total()
        + " references resolved (local render; " + figure.toNotRendered()
        + " more name services that are not rendered, e.g. switched off by a profile, and are not counted)");
  }
}
