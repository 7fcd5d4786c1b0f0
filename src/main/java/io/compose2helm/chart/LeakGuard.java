package io.compose2helm.chart;

import io.compose2helm.compose.ComposeProject;
import io.compose2helm.compose.EnvVar;
import io.compose2helm.kube.KubeModel;
import io.compose2helm.kube.SecretEnvRef;
import io.compose2helm.kube.SecretVariables;
import io.compose2helm.kube.Workload;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The last line of defence for "no secret in any emitted file": every file is searched for every
 * secret value before anything is written. A hit is a bug in the mapping, so it stops the run
 * with the variable's name and the file, never the value.
 */
final class LeakGuard {

  // Shorter values ("1", "true") occur by chance; real secrets are longer.
  static final int MIN_CHECKED_LENGTH = 6;

  private LeakGuard() {}

  /**
   * A weak secret that equals the project name or that the Compose files write out themselves
   * ({@code image: postgres} beside {@code POSTGRES_PASSWORD=postgres}) is in the output for that
   * reason, not through a leak; flagging it would stop the run for nothing.
   */
  private static boolean isPublicAnyway(String value, SecretVariables secrets, ComposeProject project) {
    return value.equals(project.name()) || secrets.writtenInCompose(value);
  }

  /**
   * @param secrets the interpolation variables classed secret
   * @param model the workloads, whose Secret-backed variables may come from an env_file line
   *     rather than an interpolation variable. Literals written in the Compose file itself are not
   *     guarded: they are public already, and short ones ("example", the project name) recur.
   */
  static void check(Map<String, String> files, SecretVariables secrets, ComposeProject project, KubeModel model) {
    List<Map.Entry<String, String>> values = new ArrayList<>(secrets.definedValues());
    for (Workload workload : model.workloads()) {
      for (EnvVar variable : project.services().get(workload.composeName()).environment()) {
        SecretEnvRef ref = workload.secretEnv().get(variable.name());
        if (ref != null && variable.value() != null && variable.origin() == EnvVar.Origin.ENV_FILE) {
          values.add(Map.entry(variable.name(), variable.value()));
        }
      }
    }
    for (Map.Entry<String, String> secret : values) {
      if (isPublicAnyway(secret.getValue(), secrets, project)) {
        continue;
      }
      if (secret.getValue().length() < MIN_CHECKED_LENGTH) {
        continue;
      }
      for (Map.Entry<String, String> file : files.entrySet()) {
        if (file.getValue().contains(secret.getValue())) {
          throw new IllegalStateException(
              "the value of secret variable " + secret.getKey() + " would be written to " + file.getKey()
                  + "; nothing was written. Please report this as a bug");
        }
      }
    }
  }
}
