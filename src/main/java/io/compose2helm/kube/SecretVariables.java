package io.compose2helm.kube;

import io.compose2helm.compose.ComposeProject;
import io.compose2helm.compose.EnvVar;
import io.compose2helm.compose.Provenance;
import io.compose2helm.compose.Service;
import io.compose2helm.compose.env.Interpolator;
import io.compose2helm.diagnostics.Redactor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which variables are secrets: the interpolation variables, and the names of service and env_file
 * variables. Secrets reach pods only through the chart's Secret (created from the env file at
 * deploy time), never through values or templates. The {@code x-compose2helm} overrides win over
 * every other reason, for every kind of name.
 */
public final class SecretVariables {

  /** Top-level {@code x-compose2helm} keys that override the name heuristics. */
  public static final String SECRET_OVERRIDE_KEY = "secretVariables";

  public static final String PLAIN_OVERRIDE_KEY = "plainVariables";

  private final Set<String> names;
  private final Map<String, String> values;
  private final Set<String> forcedSecret;
  private final Set<String> forcedPlain;
  private final Provenance provenance;
  private final List<Map.Entry<String, String>> definedValues;
  /** {@link #isSecretName}'s answers: the same names recur in every service, and other threads ask too. */
  private final Map<String, Boolean> secretNameAnswers = new ConcurrentHashMap<>();

  private SecretVariables(Set<String> names, Map<String, String> values, Set<String> forcedSecret,
      Set<String> forcedPlain, Provenance provenance) {
    this.names = names;
    this.values = values;
    this.forcedSecret = forcedSecret;
    this.forcedPlain = forcedPlain;
    this.provenance = provenance;
    this.definedValues = definedValues(names, values);
  }

  /**
   * Classes a project's variables: by name or value, plus variables that a secret-named service
   * variable takes whole ({@code DB_PASSWORD: ${PGPASS}} makes PGPASS secret), plus variables
   * whose value shows a secret's ({@code CONN="Pwd=${DB_PASSWORD}"} in the env file), plus the
   * overrides.
   */
  public static SecretVariables classify(
      ComposeProject project, Collection<String> forcedSecret, Collection<String> forcedPlain) {
    Set<String> plain = Set.copyOf(forcedPlain);
    Set<String> secret = new TreeSet<>(forcedSecret);
    secret.removeAll(plain);
    SecretVariables byName = new SecretVariables(Set.of(), Map.of(), Set.copyOf(secret), plain, Provenance.NONE);
    Set<String> names = new TreeSet<>(secret);
    for (Map.Entry<String, String> variable : project.variables().entrySet()) {
      String name = variable.getKey();
      String value = variable.getValue();
      if (byName.isSecretName(name) || (!plain.contains(name) && SecretClassifier.hasUrlCredentials(value))) {
        names.add(name);
      }
    }
    for (Service service : project.services().values()) {
      for (EnvVar variable : service.environment()) {
        if (variable.origin() == EnvVar.Origin.ENVIRONMENT
            && variable.rawValue() != null
            && byName.isSecretName(variable.name())) {
          names.addAll(Interpolator.referencedVariables(variable.rawValue()));
        }
      }
    }
    names.removeAll(plain);
    addDerived(names, project.variables(), plain);
    return new SecretVariables(names, project.variables(), Set.copyOf(secret), plain, project.provenance());
  }

  // A variable whose value shows a secret's value holds that secret too, until nothing changes.
  private static void addDerived(Set<String> names, Map<String, String> variables, Set<String> plain) {
    boolean changed = true;
    while (changed) {
      changed = false;
      for (Map.Entry<String, String> variable : variables.entrySet()) {
        if (names.contains(variable.getKey()) || plain.contains(variable.getKey())) {
          continue;
        }
        if (showsAnyValue(variable.getValue(), names, variables)) {
          names.add(variable.getKey());
          changed = true;
        }
      }
    }
  }

  private static boolean showsAnyValue(String text, Set<String> names, Map<String, String> variables) {
    for (String name : names) {
      if (Redactor.shows(text, variables.get(name))) {
        return true;
      }
    }
    return false;
  }

  /** Classes the project's variables with the overrides of its {@code x-compose2helm} hints. */
  public static SecretVariables of(ComposeProject project, ProjectHints hints) {
    return classify(project, hints.secretVariables(), hints.plainVariables());
  }

  /** Whether the {@code x-compose2helm} hints declare the variable a secret, whatever its value. */
  public boolean isDeclaredSecret(String name) {
    return forcedSecret.contains(name);
  }

  /** Whether a variable of that name is a secret by its name, the overrides applied. */
  public boolean isSecretName(String name) {
    Boolean known = secretNameAnswers.get(name);
    if (known == null) {
      known = !forcedPlain.contains(name) && (forcedSecret.contains(name) || SecretClassifier.isSecretName(name));
      secretNameAnswers.put(name, known);
    }
    return known;
  }

  /**
   * The secret interpolation variables a service variable embeds, in order ({@code
   * postgres://u:${PW}@db} embeds PW). Only {@code environment:} values were interpolated from
   * variables; env_file lines were expanded by the dotenv parser and carry no references.
   */
  public List<String> referencedBy(EnvVar variable) {
    if (variable.origin() != EnvVar.Origin.ENVIRONMENT || variable.rawValue() == null
        || forcedPlain.contains(variable.name())) {
      return List.of();
    }
    List<String> secrets = new ArrayList<>();
    for (String name : Interpolator.referencedVariables(variable.rawValue())) {
      if (isSecret(name)) {
        secrets.add(name);
      }
    }
    return Collections.unmodifiableList(secrets);
  }

  /**
   * Whether the variable is a secret by its own name or value, whatever it references: a secret
   * name, a URL with a password, an env_file line or bare key that passes a secret variable on,
   * or an env_file line whose value shows a secret's.
   */
  public boolean isSecretItself(EnvVar variable) {
    if (forcedPlain.contains(variable.name())) {
      return false;
    }
    boolean passesProjectVariable = variable.origin() == EnvVar.Origin.ENV_FILE || variable.rawValue() == null;
    return isSecretName(variable.name())
        || SecretClassifier.hasUrlCredentials(variable.value())
        || (passesProjectVariable && isSecret(variable.name()))
        || (variable.origin() == EnvVar.Origin.ENV_FILE && showsSecretValue(variable.value()));
  }

  /** Whether the chart reads the variable, or part of it, from the Secret. */
  public boolean holdsSecret(EnvVar variable) {
    return isSecretItself(variable) || !referencedBy(variable).isEmpty();
  }

  /**
   * The secret variables with a value that interpolation put into the key or below it, name to
   * value, in order of appearance: text there embeds those values.
   */
  public Map<String, String> interpolatedInto(String keyPath) {
    Map<String, String> embedded = new LinkedHashMap<>();
    for (String name : provenance.variablesUnder(keyPath)) {
      String value = values.get(name);
      if (isSecret(name) && value != null && !value.isEmpty()) {
        embedded.put(name, value);
      }
    }
    return embedded;
  }

  /** Whether the text appears in the Compose files as written: a value there is public already. */
  public boolean writtenInCompose(String text) {
    return provenance.writtenLiterally(text);
  }

  /** Whether the text shows the value of a secret variable (by {@link Redactor#shows}). */
  public boolean showsSecretValue(String text) {
    for (Map.Entry<String, String> secret : definedValues()) {
      if (Redactor.shows(text, secret.getValue())) {
        return true;
      }
    }
    return false;
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
    return definedValues;
  }

  private static List<Map.Entry<String, String>> definedValues(Set<String> names, Map<String, String> values) {
    List<Map.Entry<String, String>> defined = new ArrayList<>();
    for (String name : names) {
      String value = values.get(name);
      if (value != null && !value.isEmpty()) {
        defined.add(Map.entry(name, value));
      }
    }
    return Collections.unmodifiableList(defined);
  }

  /**
   * Every secret value output must hide, keyed by a name for messages: the secret variables', and
   * those of service variables that are secrets themselves (keyed by their place, as they need not
   * be project variables). A value that is secret only as a URL with a password gives its password:
   * the rest of a connection string (hosts, users) is no secret.
   */
  public Map<String, String> valuesToHide(ComposeProject project) {
    Map<String, String> hide = new LinkedHashMap<>();
    for (Map.Entry<String, String> entry : definedValues()) {
      addHidden(hide, entry.getKey(), entry.getValue(), isWhollySecret(entry.getKey()));
    }
    for (Service service : project.services().values()) {
      for (EnvVar variable : service.environment()) {
        if (variable.value() == null || !referencedBy(variable).isEmpty() || !isSecretItself(variable)
            || variable.value().equals(values.get(variable.name()))) {
          continue; // read from project variables, hidden above
        }
        boolean whole = isSecretName(variable.name()) || variable.origin() == EnvVar.Origin.ENV_FILE;
        addHidden(hide, "services." + service.name() + ".environment." + variable.name(), variable.value(), whole);
      }
    }
    return hide;
  }

  private boolean isWhollySecret(String name) {
    return isSecretName(name) || !SecretClassifier.hasUrlCredentials(values.get(name));
  }

  private static void addHidden(Map<String, String> hide, String key, String value, boolean whole) {
    if (whole) {
      hide.put(key, value);
      return;
    }
    List<String> passwords = SecretClassifier.urlPasswords(value);
    for (int i = 0; i < passwords.size(); i++) {
      hide.put(key + "#password" + i, passwords.get(i)); // not a variable name: shown as <secret>
    }
  }
}
