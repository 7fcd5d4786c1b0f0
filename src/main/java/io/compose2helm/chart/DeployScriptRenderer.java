package io.compose2helm.chart;

import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * Renders {@code deploy-local.sh}, the script that builds the images and installs the chart on a
 * local Docker Desktop Kubernetes or K3s cluster. It is written beside the chart folder.
 */
public final class DeployScriptRenderer {

  /** The script's file name, as written beside the chart. */
  public static final String FILE_NAME = "deploy-local.sh";

  static final String TEMPLATE = "deploy/deploy-local.sh.ftl";

  private final TemplateRenderer templates;

  /** @param userDirectory templates that override the built-in ones, or {@code null} */
  public DeployScriptRenderer(Path userDirectory) {
    this(new TemplateRenderer(userDirectory));
  }

  private DeployScriptRenderer(TemplateRenderer templates) {
    this.templates = templates;
  }

  /** Shares the chart's renderer, so one FreeMarker configuration (and its template cache) serves both. */
  static DeployScriptRenderer sharing(TemplateRenderer templates) {
    return new DeployScriptRenderer(templates);
  }

  /** @return the script's text; write it with the executable bit set */
  public String render(DeployScriptModel model) {
    return prepare(model).get();
  }

  /** The script, looked up in the render cache now and rendered (when it was not there) on {@code get}. */
  Supplier<String> prepare(DeployScriptModel model) {
    return templates.prepareOne(TEMPLATE, DeployScriptData.of(model));
  }
}
