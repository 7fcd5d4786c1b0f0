package io.compose2helm.kube;

import io.compose2helm.compose.EnvVar;
import io.compose2helm.compose.Service;
import io.compose2helm.compose.env.Interpolator;
import io.compose2helm.diagnostics.Diagnostics;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a service's environment three ways: plain values go to its ConfigMap, secrets are read
 * from the Secret by key, and values that embed a secret ({@code postgres://u:${PW}@db}) become
 * Kubernetes dependent variables ({@code $(PW)}) so the secret itself never lands in values.
 */
public final class EnvironmentRule implements MappingRule {

  // ${NAME}, ${NAME:-default}, ${NAME?err} or $NAME alone: the whole value is one variable.
  private static final Pattern SINGLE_REFERENCE =
      Pattern.compile("\\$(?:([A-Za-z_][A-Za-z0-9_]*)|\\{([A-Za-z_][A-Za-z0-9_]*)(?::?[-?][^${}]*)?})");

  @Override
  public void apply(Service service, Workload workload, MappingContext context) {
    SecretVariables secrets = context.secrets();
    for (EnvVar variable : service.environment()) {
      if (variable.value() == null) {
        continue; // a bare key with no value anywhere; the loader already warned
      }
      List<String> secretReferences = secrets.referencedBy(variable);
      if (!secretReferences.isEmpty()) {
        mapReferencingSecrets(variable, secretReferences, workload, context);
      } else if (secrets.isSecretItself(variable)) {
        mapLiteralSecret(service, variable, workload, context);
      } else {
        workload.configEnv().put(variable.name(), variable.value());
      }
    }
  }

  private static void mapReferencingSecrets(
      EnvVar variable, List<String> secretReferences, Workload workload, MappingContext context) {
    SecretVariables secrets = context.secrets();
    Matcher single = SINGLE_REFERENCE.matcher(variable.rawValue().trim());
    if (single.matches()) {
      String key = single.group(1) != null ? single.group(1) : single.group(2);
      workload.secretEnv().put(variable.name(), new SecretEnvRef(variable.name(), key));
      return;
    }
    for (String key : secretReferences) {
      workload.secretEnv().putIfAbsent(key, new SecretEnvRef(key, key));
    }
    Map<String, String> variables = context.project().variables();
    Interpolator asReferences = new Interpolator(new SecretsAsReferences(secrets, variables));
    // Warnings were given when the file was loaded; a second pass must not repeat them.
    String value =
        asReferences.interpolate(variable.rawValue(), variable.location(), variable.name(), new Diagnostics());
    workload.dependentEnv().put(variable.name(), value);
  }

  /**
   * A secret-looking variable. A value written in the Compose file itself is public (it is in the
   * repository): moving it to the Secret would lose it, so it stays a plain value with a warning.
   * Anything else (an env_file line, a bare key passing a project variable on, a variable the hints
   * declare secret) is read from the Secret.
   */
  private static void mapLiteralSecret(
      Service service, EnvVar variable, Workload workload, MappingContext context) {
    String key = variable.name();
    String at = "services." + service.name() + ".environment." + key;
    boolean composeLiteral = variable.origin() == EnvVar.Origin.ENVIRONMENT && variable.rawValue() != null;
    if (!composeLiteral || context.secrets().isDeclaredSecret(key)) {
      workload.secretEnv().put(key, new SecretEnvRef(key, key));
      if (composeLiteral && !context.secrets().isDefined(key)) {
        context.diagnostics().warn(variable.location(), at, "is declared a secret but its value is written in the"
            + " Compose file; it is read from key " + key + " of the Secret instead, so add " + key
            + " to the env file the Secret is created from");
      }
      return;
    }
    workload.configEnv().put(key, variable.value());
    context
        .diagnostics()
        .warn(
            variable.location(),
            at,
            "looks like a secret but its value is written in the Compose file, so it is public and stays a"
                + " plain value; if it is a secret, move it to the env file the Secret is created from and write "
                + key + ": ${" + key + "}");
  }

  /** Looks a variable up as its value, or a secret one as the Kubernetes reference {@code $(NAME)}. */
  private static final class SecretsAsReferences implements Function<String, String> {
    private final SecretVariables secrets;
    private final Map<String, String> variables;

    SecretsAsReferences(SecretVariables secrets, Map<String, String> variables) {
      this.secrets = secrets;
      this.variables = variables;
    }

    @Override
    public String apply(String name) {
      return secrets.isSecret(name) ? "$(" + name + ")" : variables.get(name);
    }
  }
}
