package io.compose2helm.kube;

import io.compose2helm.compose.HealthCheck;
import io.compose2helm.compose.Service;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A Compose healthcheck becomes readiness and liveness probes (and a startup probe when it has a
 * start period). Local HTTP and port checks become httpGet and tcpSocket probes, which need no
 * curl in the image; other checks run as exec probes with the same command.
 */
public final class HealthProbeRule implements MappingRule {

  // Used when Compose leaves a timing out: the roadmap's short timeouts expose failures quickly.
  static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(10);
  static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(5);
  static final int DEFAULT_RETRIES = 3;
  static final Duration DEFAULT_START_INTERVAL = Duration.ofSeconds(5);
  static final int READINESS_DELAY_SECONDS = 5;
  static final int LIVENESS_DELAY_SECONDS = 10;

  @Override
  public void apply(Service service, Workload workload, MappingContext context) {
    HealthCheck check = service.healthcheck();
    String key = "services." + service.name() + ".healthcheck";
    if (check != null && check.disabled()) {
      context.diagnostics().warn(service.location(), key, "healthcheck is disabled, so the pod gets no probes");
      return;
    }
    if (check == null || check.kind() == HealthCheck.Kind.NONE) {
      workload.setProbes(defaultTcpReadiness(workload));
      return;
    }
    ProbeAction action = actionFor(check, context.secrets().interpolatedInto(key + ".test"), workload, context);
    int period = KubeSeconds.of(orDefault(check.interval(), DEFAULT_INTERVAL), service, key + ".interval", context);
    int timeout = KubeSeconds.of(orDefault(check.timeout(), DEFAULT_TIMEOUT), service, key + ".timeout", context);
    int retries = check.retries() == null ? DEFAULT_RETRIES : Math.max(1, check.retries());
    Probe startup = null;
    if (check.startPeriod() != null && !check.startPeriod().isZero()) {
      int startPeriod = KubeSeconds.of(
          orDefault(check.startInterval(), DEFAULT_START_INTERVAL), service, key + ".start_interval", context);
      long startSeconds = KubeSeconds.of(check.startPeriod(), service, key + ".start_period", context);
      long attempts = (startSeconds + startPeriod - 1) / startPeriod;
      // The startup probe's failureThreshold counts the start period's attempts plus the retries.
      int threshold = KubeSeconds.bounded(attempts + retries, service, key + ".start_period",
          "start_period / start_interval + retries", context);
      startup = new Probe(action, 0, startPeriod, timeout, threshold);
    }
    int livenessDelay = startup == null ? LIVENESS_DELAY_SECONDS : 0;
    workload.setProbesFromHealthcheck(true);
    workload.setProbes(
        new Probes(
            new Probe(action, startup == null ? READINESS_DELAY_SECONDS : 0, period, timeout, retries),
            new Probe(action, livenessDelay, period, timeout, retries),
            startup));
  }

  /**
   * A check that embeds secrets runs as {@code sh -c} reading them from the environment, as
   * Kubernetes expands nothing in a probe (an httpGet path would carry the value itself).
   */
  private static ProbeAction actionFor(
      HealthCheck check, Map<String, String> secrets, Workload workload, MappingContext context) {
    if (secrets.isEmpty()) {
      return actionFor(check);
    }
    SecretTextRewriter shell = check.kind() == HealthCheck.Kind.EXEC
        ? SecretTextRewriter.ofArgv(check.test(), secrets)
        : SecretTextRewriter.ofShell(check.test().get(0), secrets);
    if (shell.variables().isEmpty()) {
      return actionFor(check);
    }
    for (String name : shell.variables()) {
      workload.secretEnv().putIfAbsent(name, new SecretEnvRef(name, name));
    }
    return new ProbeAction.Exec(List.of("sh", "-c", shell.shell()));
  }

  static ProbeAction actionFor(HealthCheck check) {
    List<String> test = check.test();
    Optional<List<String>> argv =
        check.kind() == HealthCheck.Kind.EXEC
            ? Optional.of(test)
            : ShellCheckSplitter.simpleCommand(test.get(0));
    if (argv.isPresent()) {
      Optional<ProbeAction> network = HttpCheckParser.parse(argv.get());
      if (network.isPresent()) {
        return network.get();
      }
    }
    return check.kind() == HealthCheck.Kind.EXEC
        ? new ProbeAction.Exec(test)
        : new ProbeAction.Exec(List.of("sh", "-c", test.get(0)));
  }

  /** Without a healthcheck, a TCP check still keeps traffic away until the port listens. */
  private static Probes defaultTcpReadiness(Workload workload) {
    for (ContainerPort port : workload.ports()) {
      if (port.protocol().equals("TCP")) {
        return new Probes(
            new Probe(new ProbeAction.TcpSocket(port.port()), READINESS_DELAY_SECONDS,
                seconds(DEFAULT_INTERVAL), seconds(DEFAULT_TIMEOUT), DEFAULT_RETRIES),
            null, null);
      }
    }
    return Probes.NONE;
  }

  private static Duration orDefault(Duration value, Duration fallback) {
    return value == null || value.isZero() ? fallback : value;
  }

  /** The seconds of one of the defaults above (small by construction). */
  static int seconds(Duration duration) {
    return Math.toIntExact(KubeSeconds.roundedUp(duration));
  }
}
