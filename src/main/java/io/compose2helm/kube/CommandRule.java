package io.compose2helm.kube;

import io.compose2helm.compose.Service;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Compose {@code entrypoint} becomes the container {@code command} and Compose {@code command} its
 * {@code args}. A secret value that interpolation put into an argument is replaced by a {@code
 * $(NAME)} reference that Kubernetes expands from the Secret-backed variable.
 */
public final class CommandRule implements MappingRule {

  @Override
  public void apply(Service service, Workload workload, MappingContext context) {
    workload.setCommand(withoutSecrets(service.entrypoint(), workload, context));
    workload.setArgs(withoutSecrets(service.command(), workload, context));
    workload.setWorkingDir(service.workingDir());
  }

  private static List<String> withoutSecrets(
      List<String> words, Workload workload, MappingContext context) {
    if (words == null) {
      return null;
    }
    List<String> result = new ArrayList<>();
    for (String word : words) {
      String safe = word;
      for (Map.Entry<String, String> secret : context.secrets().definedValues()) {
        if (safe.contains(secret.getValue())) {
          safe = safe.replace(secret.getValue(), "$(" + secret.getKey() + ")");
          workload.secretEnv().putIfAbsent(
              secret.getKey(), new SecretEnvRef(secret.getKey(), secret.getKey(), false));
        }
      }
      result.add(safe);
    }
    return result;
  }
}
