package io.compose2helm.chart;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.TemplateCommand;
import io.compose2helm.diagnostics.InputException;
import io.compose2helm.diagnostics.SourceLocation;
import java.nio.file.Path;
import java.util.List;

/** {@code helm template} through the Helm library embedded in helm-java: no helm binary needed. */
public final class HelmRenderer {

  /** Render for a current cluster; helm-java would otherwise assume Kubernetes 1.20. */
  public static final String KUBE_VERSION = "1.33.0";

  /** The manifests of {@code chartDir} rendered as release {@code release} with the values files in order. */
  public String render(Path chartDir, String release, String namespace, List<Path> valuesFiles) {
    TemplateCommand command = new Helm(chartDir).template()
        .withName(release)
        .withNamespace(namespace)
        .withKubeVersion(KUBE_VERSION);
    for (Path valuesFile : valuesFiles) {
      command.withValuesFile(valuesFile);
    }
    try {
      String manifests = command.call();
      return manifests == null ? "" : manifests; // helm-java gives null when nothing renders
    } catch (IllegalStateException e) {
      // Helm's own words: usually a values file that breaks the schema or a template.
      throw new InputException(SourceLocation.ofFile(chartDir.toString()), "", "helm template failed: " + e.getMessage());
    }
  }
}
