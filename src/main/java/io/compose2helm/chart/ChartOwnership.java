package io.compose2helm.chart;

/**
 * Who owns which file of a chart. The overlays under {@code env/} belong to the user once written;
 * everything else compose2helm emits is its own and rewritten on every run.
 */
public final class ChartOwnership {

  public static final String OVERLAY_DIR = "env/";

  private ChartOwnership() {}

  public static boolean isUserOwned(String chartPath) {
    return chartPath.startsWith(OVERLAY_DIR);
  }

  /** Generated scripts (deploy-local.sh) are written executable. */
  static boolean isExecutable(String chartPath) {
    return chartPath.endsWith(".sh");
  }

  /** Where a change to a tool-owned file belongs instead, for the refusal message. */
  public static String whereChangesBelong(String chartPath) {
    if (chartPath.startsWith("templates/")) {
      return "copy the template from templates/chart/ into a directory of your own and pass --templates DIR";
    }
    if (chartPath.equals("Chart.yaml")) {
      return "set the version with --chart-version or --bump and the app version with --app-version;"
          + " other Chart.yaml fields come from the Compose file";
    }
    return "put it in an overlay in env/ (env/local.yaml, env/dev.yaml, env/prod.yaml), which compose2helm never rewrites";
  }
}
