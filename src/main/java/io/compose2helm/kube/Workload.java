package io.compose2helm.kube;

import io.compose2helm.compose.ImageRef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The Kubernetes view of one Compose service, filled in by the mapping rules. Fields left {@code
 * null} mean "not said by Compose": the chart's environment-wide defaults then apply.
 */
public final class Workload {

  private final String name;
  private final String composeName;
  private boolean enabled = true;
  private ImageRef image;
  private boolean builtLocally;
  private List<String> command;
  private List<String> args;
  private String workingDir;
  private boolean tty;
  private boolean shareProcessNamespace;
  private final List<String> dnsSearches = new ArrayList<>();
  private final Map<String, String> dnsOptions = new LinkedHashMap<>();
  private boolean privileged;
  private final List<Long> supplementalGroups = new ArrayList<>();
  private final Map<String, String> sysctls = new LinkedHashMap<>();
  private boolean stdin;
  private Integer replicas;
  private final List<ContainerPort> ports = new ArrayList<>();
  private final List<String> serviceAliases = new ArrayList<>();
  private Probes probes = Probes.NONE;
  private boolean probesFromHealthcheck;
  private final List<HostAlias> hostAliases = new ArrayList<>();
  private final Map<String, String> configEnv = new TreeMap<>();
  private final Map<String, SecretEnvRef> secretEnv = new TreeMap<>();
  private final Map<String, String> dependentEnv = new TreeMap<>();
  private String cpuLimit;
  private String memoryLimit;
  private String cpuRequest;
  private String memoryRequest;
  private Long runAsUser;
  private Long runAsGroup;
  private Boolean runAsNonRoot;
  private Integer terminationGracePeriodSeconds;
  private final List<String> writablePaths = new ArrayList<>();
  private final List<String> memoryPaths = new ArrayList<>();
  private boolean exposedToUsers;
  private String streaming;
  private boolean publicExposure;
  private WorkloadKind kind = WorkloadKind.DEPLOYMENT;
  private boolean hook;
  private String jobRestartPolicy;
  private Integer jobBackoffLimit;
  private final List<ClaimMount> claims = new ArrayList<>();
  private final List<WaitFor> waitFor = new ArrayList<>();
  private final List<FileMount> secretFiles = new ArrayList<>();
  private final List<FileMount> configFiles = new ArrayList<>();
  private String knownImage;
  private boolean writableRoot;
  private boolean userFromImage;
  private String guessedSettings;
  private Long fsGroup;
  private final List<String> addedCapabilities = new ArrayList<>();
  private final Map<String, String> bundledFiles = new TreeMap<>();
  private final List<String> networks = new ArrayList<>();
  private final List<BindDirectory> bindDirectories = new ArrayList<>();
  private String ingressHost;
  private String ingressPath;
  private final Map<String, String> podAnnotations = new TreeMap<>();
  private WorkloadClass workloadClass = WorkloadClass.STATELESS;
  private String workloadClassReason;
  private String resourcesSource;

  public Workload(String name, String composeName) {
    this.name = name;
    this.composeName = composeName;
  }

  /** The DNS-1123 name shared by the workload, its Service and its ConfigMap prefix. */
  public String name() {
    return name;
  }

  public String composeName() {
    return composeName;
  }

  public boolean enabled() {
    return enabled;
  }

  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  public ImageRef image() {
    return image;
  }

  public void setImage(ImageRef image) {
    this.image = image;
  }

  /** True when Compose builds the image, so local clusters must not try to pull it. */
  public boolean builtLocally() {
    return builtLocally;
  }

  public void setBuiltLocally(boolean builtLocally) {
    this.builtLocally = builtLocally;
  }

  public List<String> command() {
    return command;
  }

  public void setCommand(List<String> command) {
    this.command = command;
  }

  public List<String> args() {
    return args;
  }

  public void setArgs(List<String> args) {
    this.args = args;
  }

  public String workingDir() {
    return workingDir;
  }

  public void setWorkingDir(String workingDir) {
    this.workingDir = workingDir;
  }

  /** Compose group_add: further groups of the pod's processes, as numeric ids. */
  public List<Long> supplementalGroups() {
    return supplementalGroups;
  }

  /** Compose privileged: the container gets every capability and the node's devices. */
  public boolean privileged() {
    return privileged;
  }

  public void setPrivileged(boolean privileged) {
    this.privileged = privileged;
  }

  /** Namespaced kernel parameters the pod sets (securityContext.sysctls): only those Kubernetes deems safe. */
  public Map<String, String> sysctls() {
    return sysctls;
  }

  /** Compose tty: the container gets a terminal, which keeps an interactive shell or toolbox running. */
  public boolean tty() {
    return tty;
  }

  public void setTty(boolean tty) {
    this.tty = tty;
  }

  /** Compose stdin_open: the container's standard input stays open. */
  public boolean stdin() {
    return stdin;
  }

  public void setStdin(boolean stdin) {
    this.stdin = stdin;
  }

  /** Compose init: the pod's pause process runs as PID 1 (shareProcessNamespace), reaping zombies. */
  public boolean shareProcessNamespace() {
    return shareProcessNamespace;
  }

  public void setShareProcessNamespace(boolean shareProcessNamespace) {
    this.shareProcessNamespace = shareProcessNamespace;
  }

  /** Search domains the pod's resolver tries after the cluster's own (dnsConfig.searches). */
  public List<String> dnsSearches() {
    return dnsSearches;
  }

  /** Resolver options by name, the value null for a bare option (dnsConfig.options). */
  public Map<String, String> dnsOptions() {
    return dnsOptions;
  }

  public Integer replicas() {
    return replicas;
  }

  public void setReplicas(Integer replicas) {
    this.replicas = replicas;
  }

  public List<ContainerPort> ports() {
    return ports;
  }

  /** Further Service names selecting these pods: the Compose aliases, hostname and container_name. */
  public List<String> serviceAliases() {
    return serviceAliases;
  }

  public Probes probes() {
    return probes;
  }

  public void setProbes(Probes probes) {
    this.probes = probes;
  }

  /** False when the probes were made up because Compose had no healthcheck. */
  public boolean probesFromHealthcheck() {
    return probesFromHealthcheck;
  }

  public void setProbesFromHealthcheck(boolean probesFromHealthcheck) {
    this.probesFromHealthcheck = probesFromHealthcheck;
  }

  public List<HostAlias> hostAliases() {
    return hostAliases;
  }

  /** Plain variables, written to the workload's ConfigMap. */
  public Map<String, String> configEnv() {
    return configEnv;
  }

  /** Variables read from the Secret, by variable name. */
  public Map<String, SecretEnvRef> secretEnv() {
    return secretEnv;
  }

  /**
   * Variables whose value embeds secrets as Kubernetes {@code $(NAME)} references; they are set
   * after {@link #secretEnv()} so the references resolve.
   */
  public Map<String, String> dependentEnv() {
    return dependentEnv;
  }

  public String cpuLimit() {
    return cpuLimit;
  }

  public String memoryLimit() {
    return memoryLimit;
  }

  public String cpuRequest() {
    return cpuRequest;
  }

  public String memoryRequest() {
    return memoryRequest;
  }

  public void setLimits(String cpu, String memory) {
    this.cpuLimit = cpu;
    this.memoryLimit = memory;
  }

  public void setRequests(String cpu, String memory) {
    this.cpuRequest = cpu;
    this.memoryRequest = memory;
  }

  public Long runAsUser() {
    return runAsUser;
  }

  public Long runAsGroup() {
    return runAsGroup;
  }

  public Boolean runAsNonRoot() {
    return runAsNonRoot;
  }

  public void setRunAs(Long user, Long group, Boolean nonRoot) {
    this.runAsUser = user;
    this.runAsGroup = group;
    this.runAsNonRoot = nonRoot;
  }

  /**
   * For a service that needs root's privileges (cap_add, privileged): when neither Compose nor a
   * known image names a user, it runs as the image's default user, which Compose ran it as and
   * which is root for such images.
   *
   * @return true when that made it root
   */
  public boolean runAsImageRootUnlessUserKnown() {
    if (runAsUser != null) {
      return false;
    }
    setRunAs(0L, 0L, false);
    userFromImage = true;
    return true;
  }

  public Integer terminationGracePeriodSeconds() {
    return terminationGracePeriodSeconds;
  }

  public void setTerminationGracePeriodSeconds(Integer seconds) {
    this.terminationGracePeriodSeconds = seconds;
  }

  /** Paths that need a writable emptyDir because the root filesystem is read-only. */
  public List<String> writablePaths() {
    return writablePaths;
  }

  /** Writable paths backed by memory (Compose tmpfs). */
  public List<String> memoryPaths() {
    return memoryPaths;
  }

  /** True when Compose published a port on the host, so people reach it from outside. */
  public boolean exposedToUsers() {
    return exposedToUsers;
  }

  public void setExposedToUsers(boolean exposedToUsers) {
    this.exposedToUsers = exposedToUsers;
  }

  /** True when environments that route only public services (dev, prod) route this one. */
  public boolean publicExposure() {
    return publicExposure;
  }

  public void setPublicExposure(boolean publicExposure) {
    this.publicExposure = publicExposure;
  }

  /** {@code sse}, {@code websocket} or {@code null}: long-lived connections need ingress tuning. */
  public String streaming() {
    return streaming;
  }

  public void setStreaming(String streaming) {
    this.streaming = streaming;
  }

  /** Compose labels, carried as pod annotations. */
  public Map<String, String> podAnnotations() {
    return podAnnotations;
  }

  public WorkloadKind kind() {
    return kind;
  }

  public void setKind(WorkloadKind kind) {
    this.kind = kind;
  }

  /** For a Job: run it as a Helm post-install/pre-upgrade hook (migrations). */
  public boolean hook() {
    return hook;
  }

  public void setHook(boolean hook) {
    this.hook = hook;
  }

  /** For a Job: {@code OnFailure} or {@code Never} (Compose never restarts it), or null for the default. */
  public String jobRestartPolicy() {
    return jobRestartPolicy;
  }

  public void setJobRestartPolicy(String jobRestartPolicy) {
    this.jobRestartPolicy = jobRestartPolicy;
  }

  /** For a Job: the retries Compose allows, or null for the chart default. */
  public Integer jobBackoffLimit() {
    return jobBackoffLimit;
  }

  public void setJobBackoffLimit(Integer jobBackoffLimit) {
    this.jobBackoffLimit = jobBackoffLimit;
  }

  public List<ClaimMount> claims() {
    return claims;
  }

  public List<WaitFor> waitFor() {
    return waitFor;
  }

  /** Compose file secrets, mounted from Secrets at /run/secrets/NAME. */
  public List<FileMount> secretFiles() {
    return secretFiles;
  }

  /** Compose configs and small bind-mounted files, mounted from ConfigMaps. */
  public List<FileMount> configFiles() {
    return configFiles;
  }

  /** The known image profile applied ({@code postgres}, {@code redis}...), or {@code null}. */
  public String knownImage() {
    return knownImage;
  }

  public void setKnownImage(String knownImage) {
    this.knownImage = knownImage;
  }

  /** True when the image's entrypoint writes where the image ships files, so its root stays writable. */
  public boolean writableRoot() {
    return writableRoot;
  }

  public void setWritableRoot(boolean writableRoot) {
    this.writableRoot = writableRoot;
  }

  /** True when runAsUser/runAsGroup come from the known image profile, not from Compose. */
  public boolean userFromImage() {
    return userFromImage;
  }

  public void setUserFromImage(boolean userFromImage) {
    this.userFromImage = userFromImage;
  }

  /** What the chart guessed for a third-party image it knows nothing about ({@code uid 1000...}), or {@code null}. */
  public String guessedSettings() {
    return guessedSettings;
  }

  public void setGuessedSettings(String guessedSettings) {
    this.guessedSettings = guessedSettings;
  }

  public Long fsGroup() {
    return fsGroup;
  }

  public void setFsGroup(Long fsGroup) {
    this.fsGroup = fsGroup;
  }

  /** Linux capabilities the image needs on top of the dropped-ALL default. */
  public List<String> addedCapabilities() {
    return addedCapabilities;
  }

  /** Host files shipped inside the chart under files/NAME/, by ConfigMap key. */
  public Map<String, String> bundledFiles() {
    return bundledFiles;
  }

  public String ingressHost() {
    return ingressHost;
  }

  public void setIngressHost(String ingressHost) {
    this.ingressHost = ingressHost;
  }

  public String ingressPath() {
    return ingressPath;
  }

  public void setIngressPath(String ingressPath) {
    this.ingressPath = ingressPath;
  }

  /** Compose networks the service joins ({@code default} when it names none). */
  public List<String> networks() {
    return networks;
  }

  /** Host directories Compose bind-mounts; the chart mounts an emptyDir or a chosen claim there. */
  public List<BindDirectory> bindDirectories() {
    return bindDirectories;
  }

  /** Which environment defaults apply (values.yaml workloadClasses), decided by {@link WorkloadClassifier}. */
  public WorkloadClass workloadClass() {
    return workloadClass;
  }

  /** Why the service got its class, for the comment in values.yaml ({@code named volume pgdata, image postgres}). */
  public String workloadClassReason() {
    return workloadClassReason;
  }

  public void setWorkloadClass(WorkloadClass workloadClass, String reason) {
    this.workloadClass = workloadClass;
    this.workloadClassReason = reason;
  }

  /** Where requests and limits Compose did not set come from (a cache's flag, an image's docs), or {@code null}. */
  public String resourcesSource() {
    return resourcesSource;
  }

  public void setResourcesSource(String source) {
    this.resourcesSource = source;
  }
}
