package io.compose2helm.compose;

import io.compose2helm.diagnostics.InputException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads one entry of {@code services:} into a {@link Service}. */
final class ServiceReader {

  private static final Set<String> MODELLED_KEYS =
      Set.of(
          "image", "build", "command", "entrypoint", "environment", "env_file", "ports", "expose",
          "healthcheck", "extra_hosts", "volumes", "depends_on", "deploy", "scale", "restart", "user",
          "read_only", "working_dir", "stop_grace_period", "labels", "profiles", "networks",
          "secrets", "configs", "hostname", "container_name", "tmpfs", "provider", "network_mode", "links",
          "cap_add", "cpus", "mem_limit", "mem_reservation", "tty", "stdin_open", "init", "sysctls", "privileged", "group_add",
          "dns", "dns_search", "dns_opt");
  private static final KeyCheck KEYS = KeyCheck.ofSchema("/definitions/service", MODELLED_KEYS);
  private static final KeyCheck PROVIDER_KEYS =
      KeyCheck.ofSchema("/definitions/service/properties/provider", Set.of("type", "options"));
  private static final KeyCheck NETWORK_KEYS =
      KeyCheck.ofSchema("/definitions/service/properties/networks", Set.of("aliases"));

  private final Declarations declarations;

  ServiceReader(Declarations declarations) {
    this.declarations = declarations;
  }

  Service read(YamlEntry serviceEntry) {
    YamlValue body = serviceEntry.value();
    ReadContext context = body.context();
    ServiceFields fields = new ServiceFields();
    EnvironmentReader environment = new EnvironmentReader();
    YamlValue environmentValue = null;
    for (YamlEntry entry : body.entriesOrEmpty()) {
      boolean modelled = KEYS.accept(entry, context.diagnostics());
      if (modelled && entry.key().equals("environment")) {
        // Read after env_file whatever the order in the file, so environment wins.
        environmentValue = entry.value();
        continue;
      }
      try {
        if (modelled) {
          readKey(entry, fields, environment);
        } else {
          IgnoredKeyValues.check(entry);
        }
      } catch (InputException e) {
        context.record(e);
      }
    }
    if (environmentValue != null) {
      try {
        environment.readEnvironment(environmentValue);
      } catch (InputException e) {
        context.record(e);
      }
    }
    Resources resources = null;
    try {
      resources = fields.legacyResources.applyTo(fields.resources);
    } catch (InputException e) {
      context.record(e);
    }
    return new Service(
        serviceEntry.key(),
        serviceEntry.keyLocation(),
        fields.image,
        fields.build,
        fields.provider,
        fields.command,
        fields.entrypoint,
        environment.result(),
        fields.ports,
        fields.expose,
        fields.healthcheck,
        fields.extraHosts,
        fields.tmpfs.isEmpty() ? fields.volumes : concat(fields.volumes, fields.tmpfs),
        LinksParser.withLinks(fields.dependsOn, fields.links),
        fields.links,
        fields.replicas != null ? fields.replicas : fields.scale,
        resources,
        fields.restart,
        fields.restartPolicy,
        fields.user,
        fields.capAdd,
        fields.groupAdd,
        fields.privileged,
        fields.sysctls,
        fields.readOnly,
        fields.workingDir,
        fields.tty,
        fields.stdinOpen,
        fields.init,
        new Dns(fields.dnsServers, fields.dnsSearches, fields.dnsOptions),
        fields.stopGracePeriod,
        fields.labels,
        fields.profiles,
        fields.networks,
        new NetworkNames(fields.hostname, fields.containerName, List.copyOf(fields.aliases)),
        fields.networkMode,
        fields.secrets,
        fields.configs,
        fields.extensions);
  }

  private void readKey(YamlEntry entry, ServiceFields fields, EnvironmentReader environment) {
    YamlValue value = entry.value();
    if (fields.legacyResources.read(entry.key(), value)) {
      return;
    }
    switch (entry.key()) {
      case "image" -> fields.image = value.text();
      case "build" -> fields.build = BuildParser.parse(value);
      case "provider" -> fields.provider = providerType(value);
      case "command" -> fields.command = commandLine(value);
      case "entrypoint" -> fields.entrypoint = commandLine(value);
      case "env_file" -> environment.readEnvFiles(value);
      case "ports" -> fields.ports = PortParser.ports(value);
      case "expose" -> fields.expose = PortParser.expose(value);
      case "healthcheck" -> fields.healthcheck = HealthCheckParser.parse(value);
      case "extra_hosts" -> fields.extraHosts = ExtraHostsParser.parse(value);
      case "volumes" -> fields.volumes = new VolumeParser(declarations.volumes()).parse(value);
      case "tmpfs" -> fields.tmpfs = VolumeParser.tmpfs(value);
      case "depends_on" -> fields.dependsOn = DependsOnParser.parse(value, declarations.services());
      case "links" -> fields.links = LinksParser.parse(value, declarations.services());
      case "deploy" -> {
        DeployParser.Deploy deploy = DeployParser.parse(value);
        fields.replicas = deploy.replicas();
        fields.resources = deploy.resources();
        fields.restartPolicy = deploy.restartPolicy();
      }
      case "scale" -> fields.scale = DeployParser.replicas(value);
      case "restart" -> fields.restart = value.text();
      case "user" -> fields.user = value.text();
      case "cap_add" -> fields.capAdd = value.stringList();
      case "privileged" -> fields.privileged = value.bool();
      case "group_add" -> fields.groupAdd = value.stringList();
      case "sysctls" -> fields.sysctls = KeyValueList.strings(value);
      case "read_only" -> fields.readOnly = value.bool();
      case "working_dir" -> fields.workingDir = value.text();
      case "tty" -> fields.tty = value.bool();
      case "stdin_open" -> fields.stdinOpen = value.bool();
      case "init" -> fields.init = value.bool();
      // dns and dns_search take one string or a list of them.
      case "dns" -> fields.dnsServers = value.isScalar() ? List.of(value.requiredText()) : value.stringList();
      case "dns_search" -> fields.dnsSearches = value.isScalar() ? List.of(value.requiredText()) : value.stringList();
      case "dns_opt" -> fields.dnsOptions = value.stringList();
      case "stop_grace_period" -> fields.stopGracePeriod = HealthCheckParser.duration(value);
      case "labels" -> fields.labels = KeyValueList.strings(value);
      case "profiles" -> fields.profiles = value.stringList();
      case "networks" -> fields.networks = networks(value, declarations.networks(), fields.aliases);
      case "hostname" -> fields.hostname = value.text();
      case "container_name" -> fields.containerName = value.text();
      case "network_mode" -> fields.networkMode = networkMode(value);
      case "secrets" -> fields.secrets = FileRefParser.parse(value, "secret", declarations.secrets());
      case "configs" -> fields.configs = FileRefParser.parse(value, "config", declarations.configs());
      default -> fields.extensions.put(entry.key(), PlainValues.of(value));
    }
  }

  /** {@code network_mode}; the service it shares the network of must exist, as Compose requires. */
  private NetworkMode networkMode(YamlValue value) {
    NetworkMode mode = new NetworkMode(value.requiredText(), value.location());
    if (mode.value().startsWith(NetworkMode.SERVICE_PREFIX) && !declarations.services().contains(mode.sharedWith())) {
      throw value.error("shares the network of service '" + mode.sharedWith() + "', which is not defined");
    }
    return mode;
  }

  /** A provider's type; its options are the provider's own business, as the service is not mapped. */
  private static String providerType(YamlValue value) {
    String type = null;
    for (YamlEntry entry : value.entries()) {
      if (PROVIDER_KEYS.accept(entry, value.context().diagnostics()) && entry.key().equals("type")) {
        type = entry.value().requiredText();
      }
    }
    if (type == null) {
      throw value.error("a provider needs a type");
    }
    return type;
  }

  private static <T> List<T> concat(List<T> first, List<T> second) {
    List<T> all = new ArrayList<>(first);
    all.addAll(second);
    return all;
  }

  /** A command as a string (split like a shell would) or a list; {@code []} stays empty. */
  private static List<String> commandLine(YamlValue value) {
    if (value.isNull()) {
      return null;
    }
    if (value.isSequence()) {
      return value.stringList();
    }
    try {
      return ShellWords.split(value.requiredText());
    } catch (IllegalArgumentException e) {
      throw value.error("cannot split the command: " + e.getMessage());
    }
  }

  private static List<String> networks(YamlValue value, Set<String> declared, Set<String> aliases) {
    if (value.isSequence()) {
      for (YamlValue item : value.items()) {
        checkNetwork(item, item.requiredText(), declared);
      }
      return value.stringList();
    }
    List<String> names = new ArrayList<>();
    for (YamlEntry entry : value.entries()) {
      checkNetwork(entry.value(), entry.key(), declared);
      names.add(entry.key());
      // Per-network options (aliases, static addresses) are checked so typos and losses are reported.
      for (YamlEntry option : entry.value().entriesOrEmpty()) {
        if (NETWORK_KEYS.accept(option, value.context().diagnostics()) && option.key().equals("aliases")) {
          aliases.addAll(option.value().stringList());
        }
      }
    }
    return names;
  }

  private static void checkNetwork(YamlValue where, String name, Set<String> declared) {
    if (!declared.contains(name)) {
      throw where.error("network '" + name + "' is not declared in the top-level 'networks:' section");
    }
  }

  /** The values read so far; absent keys keep the defaults the {@link Service} record documents. */
  private static final class ServiceFields {
    String image;
    Build build;
    String provider;
    NetworkMode networkMode;
    List<Link> links = List.of();
    List<String> capAdd = List.of();
    boolean privileged;
    List<String> groupAdd = List.of();
    Map<String, String> sysctls = Map.of();
    boolean tty;
    boolean stdinOpen;
    boolean init;
    List<String> dnsServers = List.of();
    List<String> dnsSearches = List.of();
    List<String> dnsOptions = List.of();
    List<String> command;
    List<String> entrypoint;
    List<PortMapping> ports = List.of();
    List<Integer> expose = List.of();
    HealthCheck healthcheck;
    List<ExtraHost> extraHosts = List.of();
    List<VolumeMount> volumes = List.of();
    List<VolumeMount> tmpfs = List.of();
    List<Dependency> dependsOn = List.of();
    Integer replicas;
    Integer scale;
    Resources resources;
    final LegacyResources legacyResources = new LegacyResources();
    String restart;
    RestartPolicy restartPolicy;
    String user;
    Boolean readOnly;
    String workingDir;
    Duration stopGracePeriod;
    Map<String, String> labels = Map.of();
    List<String> profiles = List.of();
    List<String> networks = List.of();
    String hostname;
    String containerName;
    java.util.Set<String> aliases = new java.util.LinkedHashSet<>();
    List<ServiceFileRef> secrets = List.of();
    List<ServiceFileRef> configs = List.of();
    Map<String, Object> extensions = new LinkedHashMap<>();
  }
}
