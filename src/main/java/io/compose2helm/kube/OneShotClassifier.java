package io.compose2helm.kube;

import io.compose2helm.compose.ComposeProject;
import io.compose2helm.compose.Dependency;
import io.compose2helm.compose.EnvVar;
import io.compose2helm.compose.RestartPolicy;
import io.compose2helm.compose.Service;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells one-shot services (migrations, seeders, setup steps), which become Jobs, from servers.
 *
 * <p>Certain: a service another waits for with {@code service_completed_successfully} is a Job; a
 * service with {@code ports}/{@code expose} is a server; without ports, a restart policy that never
 * restarts ({@code restart: "no"}, {@code deploy.restart_policy.condition: none}) makes a Job.
 * {@code restart: on-failure} (or {@code condition: on-failure}) on a service without ports is
 * weighed, first signal wins: a healthcheck (server), a command or name that reads like a task
 * (Job: {@code migrate}, {@code seed}, {@code *-init}...), another service reaching it by name
 * (server), else a server. The verdict is a guess when signals disagree or none is present; the
 * caller then warns.
 */
public final class OneShotClassifier {

  // Patterns compiled once: String.matches, split and replaceAll compile theirs at every call.
  private static final Pattern ON_FAILURE_ATTEMPTS = Pattern.compile("on-failure:\\d{1,6}");

  /** Words in a command that name a task run once. */
  private static final Set<String> TASK_WORDS = Set.of(
      "migrate", "migration", "migrations", "seed", "seeder", "init", "setup", "bootstrap", "provision",
      "createbuckets", "create-buckets", "makemigrations", "db:migrate", "db:seed", "upgrade");
  private static final Pattern TASK_NAME = Pattern.compile(
      "(.*[-_])?(init|setup|migrate|migration|migrations|seed|seeder|bootstrap|provision|createbuckets)([-_].*)?|migrate.*|.*-init");
  private static final Pattern WORD = Pattern.compile("[A-Za-z0-9:_-]+");

  /**
   * @param oneShot run to completion (a Job)
   * @param restartPolicy {@code OnFailure} or {@code Never}, for a Job
   * @param backoffLimit retries Compose allows ({@code max_attempts}, {@code on-failure:N}), or {@code null}
   * @param signal what decided, for the warning
   * @param guessed true when signals disagreed or none was present
   */
  public record Verdict(boolean oneShot, String restartPolicy, Integer backoffLimit, String signal, boolean guessed) {
    static Verdict server() {
      return new Verdict(false, null, null, null, false);
    }
  }

  private OneShotClassifier() {}

  public static Verdict classify(Service service, ComposeProject project) {
    Optional<Integer> policyAttempts = restartAttempts(service);
    String restartPolicy = stopsForGood(service) ? "Never" : "OnFailure";
    if (awaitedToComplete(service, project)) {
      return new Verdict(true, restartPolicy, policyAttempts.orElse(null), "awaited with service_completed_successfully", false);
    }
    if (!service.ports().isEmpty() || !service.expose().isEmpty()) {
      // restart "no" on a server is someone who did not want it restarted locally (awesome-compose's fastapi sample)
      return Verdict.server();
    }
    if (stopsForGood(service)) {
      return new Verdict(true, "Never", policyAttempts.orElse(null), "a restart policy that never restarts it", false);
    }
    if (!stopsAfterSuccess(service)) {
      return Verdict.server();
    }
    boolean healthcheck = service.healthcheck() != null && !service.healthcheck().disabled();
    String task = taskSignal(service);
    String reachedBy = reachedBy(service, project);
    Integer attempts = policyAttempts.orElse(null);
    if (healthcheck) {
      return new Verdict(false, null, null, "its healthcheck", task != null);
    }
    if (task != null) {
      return new Verdict(true, restartPolicy, attempts, task, reachedBy != null);
    }
    if (reachedBy != null) {
      return new Verdict(false, null, null, reachedBy, false);
    }
    // on-failure alone is common on servers too (a UI without ports); a server taken for a Job
    // would never be rolled, so the benefit of the doubt goes to the server.
    return new Verdict(false, null, null, "restart on-failure alone (no healthcheck, task command or name, or service reaching it)", true);
  }

  /** {@code restart: on-failure[:N]} or {@code deploy.restart_policy.condition: on-failure}. */
  private static boolean stopsAfterSuccess(Service service) {
    String restart = service.restart();
    if (restart != null && restart.startsWith("on-failure")) {
      return true;
    }
    RestartPolicy policy = service.restartPolicy();
    return policy != null && "on-failure".equals(policy.condition());
  }

  /** The container is never restarted, not even after a failure. */
  private static boolean stopsForGood(Service service) {
    RestartPolicy policy = service.restartPolicy();
    return "no".equals(service.restart()) || (policy != null && "none".equals(policy.condition()));
  }

  private static Optional<Integer> restartAttempts(Service service) {
    RestartPolicy policy = service.restartPolicy();
    if (policy != null && policy.maxAttempts() != null) {
      return Optional.of(policy.maxAttempts());
    }
    String restart = service.restart();
    if (restart != null && ON_FAILURE_ATTEMPTS.matcher(restart).matches()) {
      return Optional.of(Integer.valueOf(restart.substring("on-failure:".length())));
    }
    return Optional.empty();
  }

  private static boolean awaitedToComplete(Service service, ComposeProject project) {
    Awaited awaited = lastAwaited;
    if (awaited == null || awaited.services() != project.services()) {
      awaited = new Awaited(project.services(), awaitedNames(project));
      lastAwaited = awaited;
    }
    return awaited.names().contains(service.name());
  }

  private static Set<String> awaitedNames(ComposeProject project) {
    Set<String> names = new HashSet<>();
    for (Service other : project.services().values()) {
      for (Dependency dependency : other.dependsOn()) {
        if (dependency.condition() == Dependency.Condition.COMPLETED_SUCCESSFULLY) {
          names.add(dependency.service());
        }
      }
    }
    return Collections.unmodifiableSet(names);
  }

  /**
   * The services some other service of a project waits for with service_completed_successfully.
   * classify runs once per service and once per dependency, so scanning every service each time
   * would make a conversion quadratic; the last project's answer is kept (by identity: projects are
   * immutable).
   */
  private record Awaited(Map<String, Service> services, Set<String> names) {}

  private static volatile Awaited lastAwaited;

  /** "the command 'migrate'" or "the name 'db-init'" when they read like a task, else null. */
  private static String taskSignal(Service service) {
    List<String> commandLine = new ArrayList<>();
    if (service.entrypoint() != null) {
      commandLine.addAll(service.entrypoint());
    }
    if (service.command() != null) {
      commandLine.addAll(service.command());
    }
    for (String part : commandLine) {
      var words = WORD.matcher(part.toLowerCase(Locale.ROOT));
      while (words.find()) {
        if (TASK_WORDS.contains(words.group())) {
          return "the command word '" + words.group() + "'";
        }
      }
    }
    String name = service.name().toLowerCase(Locale.ROOT);
    return TASK_NAME.matcher(name).matches() ? "the name '" + service.name() + "'" : null;
  }

  /**
   * Which other service reaches this one by name, or null: a depends_on that expects it running, an
   * environment value that is its name ({@code DB_HOST: db}), or a host in a URL or {@code host:port}
   * in an environment value, command or entrypoint. A bare word in a command is not a reference
   * ({@code ./manage.py migrate} does not reach a service called migrate).
   */
  private static String reachedBy(Service service, ComposeProject project) {
    String name = Pattern.quote(service.name());
    Pattern host = Pattern.compile("(//|@)" + name + "(?=[:/?#]|$)|(?<![A-Za-z0-9_.@/-])" + name + ":\\d");
    for (Service other : project.services().values()) {
      if (other.name().equals(service.name())) {
        continue;
      }
      for (Dependency dependency : other.dependsOn()) {
        if (dependency.service().equals(service.name()) && dependency.condition() != Dependency.Condition.COMPLETED_SUCCESSFULLY) {
          return "'" + other.name() + "' depends on it with " + dependency.condition().composeName();
        }
      }
      List<String> texts = new ArrayList<>();
      for (EnvVar variable : other.environment()) {
        if (service.name().equals(variable.value())) {
          return "'" + other.name() + "' reaches it by name (" + variable.name() + ")";
        }
        if (variable.value() != null) {
          texts.add(variable.value());
        }
      }
      if (other.command() != null) {
        texts.addAll(other.command());
      }
      if (other.entrypoint() != null) {
        texts.addAll(other.entrypoint());
      }
      if (anyFinds(host, texts)) {
        return "'" + other.name() + "' reaches it by name";
      }
    }
    return null;
  }

  private static boolean anyFinds(Pattern pattern, List<String> texts) {
    for (String text : texts) {
      if (pattern.matcher(text).find()) {
        return true;
      }
    }
    return false;
  }
}
