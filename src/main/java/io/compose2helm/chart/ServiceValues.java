package io.compose2helm.chart;

import io.compose2helm.kube.RolloutStrategy;
import io.compose2helm.kube.WorkloadKind;
import io.compose2helm.kube.Probes;
import io.compose2helm.kube.SecretEnvRef;
import io.compose2helm.kube.Workload;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One service's block in values.yaml: only what Compose said about it. Everything else comes from
 * {@code defaults}, so an overlay can change all services at once.
 */
final class ServiceValues {

  private ServiceValues() {}

  static CommentedMap of(Workload workload) {
    CommentedMap block = new CommentedMap();
    if (!workload.enabled()) {
      block.put("enabled", false, "in a Compose profile: switch it on per environment");
    }
    if (workload.kind() != WorkloadKind.DEPLOYMENT) {
      block.put("kind", workload.kind().kubeName(), kindComment(workload));
    }
    if (RolloutStrategy.recreates(workload)) {
      block.put("strategy", new CommentedMap().put("type", "Recreate",
              "Recreate: the old pod stops first, as a new one could not mount its ReadWriteOnce claim"),
          "a Deployment with a claim (x-compose2helm.kind)");
    }
    block.put("workloadClass", workload.workloadClass().valueName(),
        workload.workloadClass().valueName() + ": " + workload.workloadClassReason());
    if (workload.knownImage() != null) {
      block.put("knownImage", workload.knownImage(),
          "known image profile: its user, fsGroup and writable paths below let it start non-root");
    }
    block.put("image", image(workload), workload.guessedSettings() == null ? null
        : "not a known image, so guessed: " + workload.guessedSettings() + ". If it fails to start, set"
            + " podSecurityContext, securityContext.readOnlyRootFilesystem or extraWritablePaths");
    putIfNotNull(block, "command", workload.command(), "Compose entrypoint");
    putIfNotNull(block, "args", workload.args(), "Compose command");
    putIfNotNull(block, "workingDir", workload.workingDir(), "Compose working_dir");
    if (workload.tty()) {
      block.put("tty", true, "Compose tty: the container gets a terminal");
    }
    if (workload.stdin()) {
      block.put("stdin", true, "Compose stdin_open: its standard input stays open");
    }
    if (!workload.dnsSearches().isEmpty() || !workload.dnsOptions().isEmpty()) {
      block.put("dnsConfig", dnsConfig(workload), "Compose dns_search and dns_opt, after the cluster's own");
    }
    if (workload.shareProcessNamespace()) {
      block.put("shareProcessNamespace", true,
          "Compose init: the pod's pause process is PID 1, reaping zombies and leaving SIGTERM to the service");
    }
    if (workload.replicas() != null) {
      block.put("replicas", workload.replicas(), "deploy.replicas");
    }
    if (!workload.ports().isEmpty()) {
      block.put("ports", ServiceListValues.ports(workload.ports()), "served by the Service '" + workload.name() + "'");
    }
    if (!workload.serviceAliases().isEmpty()) {
      block.put("serviceAliases", List.copyOf(workload.serviceAliases()),
          "Compose aliases, hostname and container_name: each a Service selecting the same pods, with the same ports");
    }
    CommentedMap probes = probes(workload.probes());
    if (!probes.isEmpty()) {
      block.put("probes", probes, workload.probesFromHealthcheck()
          ? "from the Compose healthcheck; set enabled: false to drop one"
          : "no Compose healthcheck: a TCP check of the first port; set enabled: false to drop it");
    }
    if (!workload.configEnv().isEmpty()) {
      block.put("env", new CommentedMap().describingEntries(new Described("Compose variable ", ""))
          .withAll(workload.configEnv()), "plain variables, in the ConfigMap '" + workload.name() + "-env'");
    }
    if (!workload.secretEnv().isEmpty()) {
      block.put("secretEnv", secretEnv(workload.secretEnv()), "read from the Secret named by secrets.existingSecret, by key");
    }
    if (!workload.dependentEnv().isEmpty()) {
      block.put("dependentEnv", new CommentedMap()
          .describingEntries(new Described("Compose variable ", ", with its secrets as $(NAME)"))
          .withAll(workload.dependentEnv()),
          "values that embed secrets as $(NAME); Kubernetes expands them from secretEnv");
    }
    if (!workload.hostAliases().isEmpty()) {
      block.put("hostAliases", ServiceListValues.hostAliases(workload.hostAliases()), "Compose extra_hosts");
    }
    if (!workload.claims().isEmpty()) {
      block.put("claims", ServiceListValues.claims(workload), "Compose named volumes: PersistentVolumeClaims, sized under persistence.volumes");
    }
    if (!workload.bindDirectories().isEmpty()) {
      block.put("bindDirectories", ServiceListValues.bindDirectories(workload),
          "Compose bind-mounted directories: an emptyDir each, or set claim to a name under persistence.volumes");
    }
    if (!workload.waitFor().isEmpty()) {
      block.put("waitFor", ServiceListValues.waitFor(workload), "Compose depends_on: init containers wait for these Services");
    }
    if (!workload.secretFiles().isEmpty()) {
      block.put("secretFiles", ServiceListValues.secretFiles(workload), "Compose secrets, as files");
    }
    if (!workload.configFiles().isEmpty()) {
      block.put("configFiles", ServiceListValues.configFiles(workload),
          "files shipped in the chart under files/" + workload.name() + "/, mounted from the ConfigMap '" + workload.name() + "-files'");
    }
    if (workload.kind() == WorkloadKind.JOB) {
      CommentedMap job = new CommentedMap().put("hook", workload.hook(),
          "true: run as a Helm post-install/pre-upgrade hook (migrations before the new version starts)");
      if (workload.jobRestartPolicy() != null && !workload.jobRestartPolicy().equals(ValuesBuilder.JOB_RESTART_POLICY)) {
        job.put("restartPolicy", workload.jobRestartPolicy(), "Compose never restarts it");
      }
      if (workload.jobBackoffLimit() != null) {
        job.put("backoffLimit", workload.jobBackoffLimit(), "Compose restart attempts");
      }
      block.put("job", job, null);
    }
    CommentedMap resources = resources(workload);
    if (!resources.isEmpty()) {
      block.put("resources", resources, workload.resourcesSource() == null ? "deploy.resources" : workload.resourcesSource());
    }
    CommentedMap runAs = runAs(workload);
    if (!runAs.isEmpty()) {
      block.put("podSecurityContext", runAs, workload.userFromImage() ? "the user the image expects" : "Compose user");
    }
    CommentedMap securityContext = new CommentedMap();
    if (!workload.addedCapabilities().isEmpty()) {
      securityContext.put("capabilities", new CommentedMap()
          .put("add", List.copyOf(workload.addedCapabilities()), "Compose cap_add: Linux capabilities added back"), null);
    }
    if (workload.writableRoot()) {
      securityContext.put("readOnlyRootFilesystem", false, "the image writes where it ships files");
    }
    if (workload.privileged()) {
      securityContext.put("privileged", true, "Compose privileged: every capability and the node's devices");
      securityContext.put("allowPrivilegeEscalation", true, "a privileged container may escalate (the API server requires it)");
    }
    if (!securityContext.isEmpty()) {
      block.put("securityContext", securityContext, "what the image needs to start");
    }
    if (workload.terminationGracePeriodSeconds() != null) {
      block.put("terminationGracePeriodSeconds", workload.terminationGracePeriodSeconds(), "Compose stop_grace_period");
    }
    if (!workload.writablePaths().isEmpty()) {
      block.put("extraWritablePaths", List.copyOf(workload.writablePaths()), "Compose volumes and paths the image writes to, as emptyDirs");
    }
    if (!workload.memoryPaths().isEmpty()) {
      block.put("memoryPaths", List.copyOf(workload.memoryPaths()), "Compose tmpfs, as in-memory emptyDirs");
    }
    if (!workload.podAnnotations().isEmpty()) {
      block.put("podAnnotations", new CommentedMap().describingEntries(new Described("Compose label ", ""))
          .withAll(workload.podAnnotations()), "Compose labels");
    }
    if (!workload.networks().equals(List.of("default"))) {
      block.put("networks", List.copyOf(workload.networks()), "Compose networks, enforced when networkPolicies.enabled");
    }
    CommentedMap ingress = ingress(workload);
    if (!ingress.isEmpty()) {
      block.put("ingress", ingress);
    }
    return block;
  }

  private static String kindComment(Workload workload) {
    return workload.kind() == WorkloadKind.JOB
        ? "one-shot: runs to completion (restart policy, task command or name, or awaited to complete)"
        : "keeps data in a claim: rolled one pod at a time";
  }

  private static CommentedMap image(Workload workload) {
    CommentedMap image = new CommentedMap().put("repository", workload.image().repository(), "image repository");
    if (workload.image().effectiveTag() != null) {
      image.put("tag", workload.image().effectiveTag(), "image tag");
    }
    if (workload.image().digest() != null) {
      image.put("digest", workload.image().digest(), "image digest, pinned by Compose");
    }
    if (workload.builtLocally()) {
      image.put("built", true, "built from source by Compose: pulled from image.builtRegistry, never from Docker Hub");
    }
    return image;
  }

  private static CommentedMap probes(Probes probes) {
    CommentedMap map = new CommentedMap();
    if (probes.liveness() != null) {
      map.put("liveness", ProbeValues.of(probes.liveness()));
    }
    if (probes.readiness() != null) {
      map.put("readiness", ProbeValues.of(probes.readiness()));
    }
    if (probes.startup() != null) {
      map.put("startup", ProbeValues.of(probes.startup()));
    }
    return map;
  }

  private static CommentedMap secretEnv(Map<String, SecretEnvRef> refs) {
    CommentedMap map = new CommentedMap();
    for (Map.Entry<String, SecretEnvRef> ref : refs.entrySet()) {
      String name = ref.getKey();
      map.put(name, new CommentedMap().put("key", ref.getValue().secretKey(), "the Secret's key read into " + name), null);
    }
    return map;
  }

  private static CommentedMap resources(Workload workload) {
    CommentedMap resources = new CommentedMap();
    CommentedMap limits = quantities(workload.cpuLimit(), workload.memoryLimit(), "limit");
    CommentedMap requests = quantities(workload.cpuRequest(), workload.memoryRequest(), "request");
    if (!limits.isEmpty()) {
      resources.put("limits", limits);
    }
    if (!requests.isEmpty()) {
      resources.put("requests", requests);
    }
    return resources;
  }

  private static CommentedMap quantities(String cpu, String memory, String what) {
    CommentedMap map = new CommentedMap();
    if (cpu != null) {
      map.put("cpu", cpu, "CPU " + what);
    }
    if (memory != null) {
      map.put("memory", memory, "memory " + what);
    }
    return map;
  }

  private static CommentedMap dnsConfig(Workload workload) {
    CommentedMap dns = new CommentedMap();
    if (!workload.dnsSearches().isEmpty()) {
      dns.put("searches", List.copyOf(workload.dnsSearches()), "search domains, tried after the cluster's");
    }
    if (!workload.dnsOptions().isEmpty()) {
      List<Object> options = new ArrayList<>();
      for (Map.Entry<String, String> entry : workload.dnsOptions().entrySet()) {
        CommentedMap option = new CommentedMap().put("name", entry.getKey(), "resolver option");
        if (entry.getValue() != null) {
          option.put("value", entry.getValue(), "its value");
        }
        options.add(option);
      }
      dns.put("options", options, "resolver options; one of the same name as the cluster's replaces it");
    }
    return dns;
  }

  private static CommentedMap runAs(Workload workload) {
    CommentedMap map = new CommentedMap();
    if (workload.runAsNonRoot() != null) {
      map.put("runAsNonRoot", workload.runAsNonRoot(), workload.runAsNonRoot() ? "refuse to run as root" : "allowed to run as root");
    }
    if (workload.runAsUser() != null) {
      map.put("runAsUser", workload.runAsUser(), "user ID the containers run as");
    }
    if (workload.runAsGroup() != null) {
      map.put("runAsGroup", workload.runAsGroup(), "group ID the containers run as");
    }
    if (workload.fsGroup() != null) {
      map.put("fsGroup", workload.fsGroup(), "group that owns mounted volumes");
    }
    if (!workload.supplementalGroups().isEmpty()) {
      map.put("supplementalGroups", List.copyOf(workload.supplementalGroups()), "Compose group_add: further groups of its processes");
    }
    if (!workload.sysctls().isEmpty()) {
      List<Object> sysctls = new ArrayList<>();
      for (Map.Entry<String, String> sysctl : workload.sysctls().entrySet()) {
        sysctls.add(new CommentedMap()
            .put("name", sysctl.getKey(), "kernel parameter").put("value", sysctl.getValue(), "its value"));
      }
      map.put("sysctls", sysctls, "Compose sysctls: kernel parameters of the pod (only those Kubernetes deems safe)");
    }
    return map;
  }

  private static CommentedMap ingress(Workload workload) {
    CommentedMap ingress = new CommentedMap();
    if (workload.exposedToUsers() && !workload.ports().isEmpty()) {
      ingress.put("enabled", true, "Compose published a port: reachable at <service>.<ingress.domain>");
      if (workload.publicExposure()) {
        ingress.put("public", true, "also routed where exposure is public (dev, prod)");
      }
    }
    if (workload.ingressHost() != null) {
      ingress.put("host", workload.ingressHost(), "host name instead of <service>.<ingress.domain>");
    }
    if (workload.ingressPath() != null) {
      ingress.put("path", workload.ingressPath(), "path prefix routed to the service");
    }
    if (workload.streaming() != null) {
      ingress.put("streaming", workload.streaming(), "long-lived connections: gateway.streamTimeout or ingress.streamingAnnotations apply");
    }
    return ingress;
  }

  private static void putIfNotNull(CommentedMap map, String key, Object value, String comment) {
    if (value != null) {
      map.put(key, value, comment);
    }
  }

  /** Describes a key that comes from the input by its name, between a fixed start and end. */
  private static final class Described implements Function<String, String> {
    private final String before;
    private final String after;

    Described(String before, String after) {
      this.before = before;
      this.after = after;
    }

    @Override
    public String apply(String name) {
      return before + name + after;
    }
  }
}
