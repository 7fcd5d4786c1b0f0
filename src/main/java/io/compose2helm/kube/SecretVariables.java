package io.compose2helm.kube;

import io.compose2helm.compose.ComposeProject;
import io.compose2helm.compose.EnvVar;
import io.compose2helm.compose.Service;
import io.compose2helm.compose.env.Interpolator;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The interpolation variables that are secrets. They reach pods only through the chart's Secret
 * (created from the env file at deploy time), never through values or templates.
 */
public final class SecretVariables {

  /** Top-level {@code x-compose2helm} keys that override the name heuristics. */
  public static final String SECRET_OVERRIDE_KEY = "secretVariables";

  public static final String PLAIN_OVERRIDE_KEY = "plainVariables";

  private final Set<String> names;
  private final Map<String, String> values;

  private SecretVariables(Set<String> names, Map<String, String> values) {
    this.names = names;
    this.values = values;
  }

  /**
   * Classes a project's variables: by name or value, plus variables that a secret-named service
   * variable takes whole ({@code DB_PASSWORD: ${PGPASS}} makes PGPASS secret), plus the overrides.
   */
  public static SecretVariables classify(
      ComposeProject project, Collection<String> forcedSecret, Collection<String> forcedPlain) {
    Set<String> names = new TreeSet<>();
    project.variables().forEach((name, value) -> {
      if (SecretClassifier.isSecretName(name) || SecretClassifier.hasUrlCredentials(value)) {
        names.add(name);
      }
    });
    for (Service service : project.services().values()) {
      for (EnvVar variable : service.environment()) {
        if (variable.origin() == EnvVar.Origin.ENVIRONMENT
            && variable.rawValue() != null
            && SecretClassifier.isSecretName(variable.name())) {
          names.addAll(Interpolator.referencedVariables(variable.rawValue()));
        }
      }
    }
    names.addAll(forcedSecret);
    names.removeAll(forcedPlain);
    return new SecretVariables(names, project.variables());
  }

  /** Classes the project's variables with the overrides of its {@code x-compose2helm} hints. */
  public static SecretVariables of(ComposeProject project, ProjectHints hints) {
    return classify(project, hints.secretVariables(), hints.plainVariables());
  }

  /**
   * The secret interpolation variables a service variable embeds, in order ({@code
   * postgres://u:${PW}@db} embeds PW). Only {@code environment:} values were interpolated from
   * variables; env_file lines were expanded by the dotenv parser and carry no references.
   */
  public List<String> referencedBy(EnvVar variable) {
    if (variable.origin() != EnvVar.Origin.ENVIRONMENT || variable.rawValue() == null) {
      return List.of();
    }
    return Interpolator.referencedVariables(variable.rawValue()).stream().filter(this::isSecret).toList();
  }

  /** Whether the variable is a secret by its own name or value, whatever it references. */
  public boolean isSecretItself(EnvVar variable) {
    return SecretClassifier.isSecretName(variable.name())
        || SecretClassifier.hasUrlCredentials(variable.value())
        || (variable.origin() == EnvVar.Origin.ENV_FILE && isSecret(variable.name()));
  }

  /** Whether the chart reads the variable, or part of it, from the Secret. */
  public boolean holdsSecret(EnvVar variable) {
    return isSecretItself(variable) || !referencedBy(variable).isEmpty();
  }

  public boolean isSecret(String variable) {
    return names.contains(variable);
  }

  public Set<String> names() {
    return names;
  }

  /** True when the env files define the variable, so a Secret made from them has the key. */
  public boolean isDefined(String variable) {
    return values.containsKey(variable);
  }

  /** The secret values that are set, for the leak check that guards every emitted file. */
  public List<Map.Entry<String, String>> definedValues() {
    return names.stream()
        .filter(values::containsKey)
        .map(name -> Map.entry(name, values.get(name)))
        .filter(entry -> entry.getValue() != null && !entry.getValue().isEmpty())
        .toList();
  }
}
