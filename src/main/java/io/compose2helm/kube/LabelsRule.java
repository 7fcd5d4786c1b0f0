package io.compose2helm.kube;

import io.compose2helm.compose.Service;
import java.util.Map;
import java.util.regex.Pattern;

/** Compose labels describe the container; they become pod annotations when the key is valid there. */
public final class LabelsRule implements MappingRule {

  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?");
  private static final Pattern PREFIX = Pattern.compile("[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?");

  @Override
  public void apply(Service service, Workload workload, MappingContext context) {
    for (Map.Entry<String, String> label : service.labels().entrySet()) {
      if (isAnnotationKey(label.getKey())) {
        workload.podAnnotations().put(label.getKey(), label.getValue() == null ? "" : label.getValue());
      } else {
        context.diagnostics().warn(service.location(), "services." + service.name() + ".labels." + label.getKey(),
            "label key is not a valid Kubernetes annotation key and is dropped");
      }
    }
  }

  static boolean isAnnotationKey(String key) {
    int slash = key.indexOf('/');
    if (slash < 0) {
      return NAME.matcher(key).matches();
    }
    return PREFIX.matcher(key.substring(0, slash)).matches() && NAME.matcher(key.substring(slash + 1)).matches();
  }
}
