package io.compose2helm.kube;

import io.compose2helm.compose.Service;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
    String prefix = "services." + service.name();
    workload.setCommand(withoutSecrets(service.entrypoint(), secretsIn(prefix + ".entrypoint", context), workload));
    workload.setArgs(withoutSecrets(service.command(), secretsIn(prefix + ".command", context), workload));
    workload.setWorkingDir(service.workingDir());
  }

  /**
   * The secrets interpolated into the key, and any other secret value the Compose files do not
   * write themselves: {@code postgres -c ...} beside a password {@code postgres} stays as written.
   */
  private static Map<String, String> secretsIn(String key, MappingContext context) {
    Map<String, String> secrets = new LinkedHashMap<>(context.secrets().interpolatedInto(key));
    for (Map.Entry<String, String> secret : context.secrets().definedValues()) {
      if (!context.secrets().writtenInCompose(secret.getValue())) {
        secrets.putIfAbsent(secret.getKey(), secret.getValue());
      }
    }
    return secrets;
  }

  private static List<String> withoutSecrets(List<String> words, Map<String, String> secrets, Workload workload) {
    if (words == null) {
      return null;
    }
    // Longest values first, so a secret that contains another is replaced whole.
    List<Map.Entry<String, String>> longestFirst = new ArrayList<>(secrets.entrySet());
    longestFirst.sort(new LongestValueFirst());
    List<String> result = new ArrayList<>();
    for (String word : words) {
      String safe = word;
      for (Map.Entry<String, String> secret : longestFirst) {
        if (safe.contains(secret.getValue())) {
          safe = safe.replace(secret.getValue(), "$(" + secret.getKey() + ")");
          workload.secretEnv().putIfAbsent(
              secret.getKey(), new SecretEnvRef(secret.getKey(), secret.getKey()));
        }
      }
      result.add(safe);
    }
    return result;
  }
}
