package io.compose2helm.compose;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One service as {@code docker compose config} shows it: Compose key names, long syntax for
 * ports, volumes, secrets and configs, environment as a sorted mapping with env files applied.
 * Keys are sorted so the output is stable; absent keys are left out.
 */
final class ServiceConfigData {

  private final SecretMask mask;

  ServiceConfigData(SecretMask mask) {
    this.mask = mask;
  }

  Map<String, Object> of(Service service) {
    Map<String, Object> data = new TreeMap<>();
    put(data, "image", service.image());
    put(data, "build", build(service.build()));
    // Only the type is modelled: its options are the provider's own, and the chart leaves it out.
    put(data, "provider", service.provider() == null ? null : Map.of("type", service.provider()));
    // [] is kept: it clears the image's command, which differs from not saying anything.
    if (service.command() != null) {
      data.put("command", service.command());
    }
    if (service.entrypoint() != null) {
      data.put("entrypoint", service.entrypoint());
    }
    put(data, "environment", environment(service.environment()));
    put(data, "ports", ports(service.ports()));
    put(data, "expose", expose(service.expose()));
    put(data, "healthcheck", healthcheck(service.healthcheck()));
    put(data, "extra_hosts", extraHosts(service.extraHosts()));
    put(data, "volumes", volumes(service.volumes()));
    put(data, "depends_on", dependsOn(service.dependsOn()));
    put(data, "links", links(service.links()));
    put(data, "deploy", deploy(service.replicas(), service.resources(), service.restartPolicy()));
    put(data, "restart", service.restart());
    put(data, "user", service.user());
    put(data, "cap_add", service.capAdd());
    put(data, "privileged", service.privileged() ? true : null);
    put(data, "group_add", service.groupAdd());
    put(data, "sysctls", new TreeMap<>(service.sysctls()));
    put(data, "read_only", service.readOnly());
    put(data, "working_dir", service.workingDir());
    put(data, "tty", service.tty() ? true : null);
    put(data, "stdin_open", service.stdinOpen() ? true : null);
    put(data, "init", service.init() ? true : null);
    put(data, "dns", service.dns().servers().isEmpty() ? null : service.dns().servers());
    put(data, "dns_search", service.dns().searches().isEmpty() ? null : service.dns().searches());
    put(data, "dns_opt", service.dns().options().isEmpty() ? null : service.dns().options());
    put(data, "stop_grace_period", duration(service.stopGracePeriod()));
    put(data, "labels", new TreeMap<>(service.labels()));
    put(data, "profiles", service.profiles());
    put(data, "networks", networks(service.networks()));
    put(data, "network_mode", service.networkMode() == null ? null : service.networkMode().value());
    put(data, "secrets", fileRefs(service.secrets()));
    put(data, "configs", fileRefs(service.configs()));
    for (Map.Entry<String, Object> extension : service.extensions().entrySet()) {
      put(data, extension.getKey(), extension.getValue());
    }
    return data;
  }

  private Map<String, Object> environment(List<EnvVar> variables) {
    Map<String, Object> result = new TreeMap<>();
    for (EnvVar variable : variables) {
      result.put(variable.name(), mask.isSecret(variable) ? SecretMask.MASKED : variable.value());
    }
    return result;
  }

  private static Map<String, Object> build(Build build) {
    if (build == null) {
      return null;
    }
    Map<String, Object> data = new TreeMap<>();
    put(data, "context", build.context());
    put(data, "dockerfile", build.dockerfile());
    put(data, "target", build.target());
    put(data, "args", build.args() == null ? null : new TreeMap<>(build.args()));
    return data;
  }

  private static List<Map<String, Object>> ports(List<PortMapping> ports) {
    List<Map<String, Object>> result = new ArrayList<>(ports.size());
    for (PortMapping port : ports) {
      result.add(port(port));
    }
    return Collections.unmodifiableList(result);
  }

  private static List<String> expose(List<Integer> ports) {
    List<String> result = new ArrayList<>(ports.size());
    for (Integer port : ports) {
      result.add(String.valueOf(port));
    }
    return Collections.unmodifiableList(result);
  }

  private static List<String> extraHosts(List<ExtraHost> hosts) {
    List<String> result = new ArrayList<>(hosts.size());
    for (ExtraHost host : hosts) {
      result.add(host.hostname() + "=" + host.address());
    }
    return Collections.unmodifiableList(result);
  }

  private static List<String> links(List<Link> links) {
    List<String> result = new ArrayList<>(links.size());
    for (Link link : links) {
      result.add(link.alias() == null ? link.service() : link.service() + ":" + link.alias());
    }
    return Collections.unmodifiableList(result);
  }

  private static Map<String, Object> port(PortMapping port) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("mode", "ingress");
    put(data, "host_ip", port.hostIp());
    data.put("target", port.containerPort());
    put(data, "published", port.hostPort() == null ? null : String.valueOf(port.hostPort()));
    data.put("protocol", port.protocol());
    put(data, "name", port.name());
    put(data, "app_protocol", port.appProtocol());
    return data;
  }

  private static Map<String, Object> healthcheck(HealthCheck check) {
    if (check == null) {
      return null;
    }
    Map<String, Object> data = new TreeMap<>();
    if (check.disabled()) {
      data.put("disable", true);
      return data;
    }
    List<String> test = new ArrayList<>();
    if (check.kind() == HealthCheck.Kind.EXEC) {
      test.add("CMD");
    } else if (check.kind() == HealthCheck.Kind.SHELL) {
      test.add("CMD-SHELL");
    }
    test.addAll(check.test() == null ? List.of() : check.test());
    put(data, "test", test);
    put(data, "interval", duration(check.interval()));
    put(data, "timeout", duration(check.timeout()));
    put(data, "retries", check.retries());
    put(data, "start_period", duration(check.startPeriod()));
    put(data, "start_interval", duration(check.startInterval()));
    return data;
  }

  private static List<Map<String, Object>> volumes(List<VolumeMount> mounts) {
    List<Map<String, Object>> result = new ArrayList<>(mounts.size());
    for (VolumeMount mount : mounts) {
      result.add(volume(mount));
    }
    return Collections.unmodifiableList(result);
  }

  private static Map<String, Object> volume(VolumeMount mount) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("type", switch (mount.type()) {
      case VOLUME, ANONYMOUS -> "volume";
      case BIND -> "bind";
      case TMPFS -> "tmpfs";
      case OTHER -> "other";
    });
    put(data, "source", mount.source());
    data.put("target", mount.target());
    if (mount.readOnly()) {
      data.put("read_only", true);
    }
    if (mount.subpath() != null) {
      data.put("volume", Map.of("subpath", mount.subpath()));
    }
    return data;
  }

  private static Map<String, Object> dependsOn(List<Dependency> dependencies) {
    Map<String, Object> data = new TreeMap<>();
    for (Dependency dependency : dependencies) {
      Map<String, Object> options = new LinkedHashMap<>();
      options.put("condition", dependency.condition().composeName());
      options.put("required", dependency.required());
      data.put(dependency.service(), options);
    }
    return data;
  }

  private static Map<String, Object> deploy(Integer replicas, Resources resources, RestartPolicy restartPolicy) {
    Map<String, Object> data = new TreeMap<>();
    put(data, "replicas", replicas);
    if (resources != null) {
      Map<String, Object> amounts = new TreeMap<>();
      put(amounts, "limits", amounts(resources.limits()));
      put(amounts, "reservations", amounts(resources.reservations()));
      put(data, "resources", amounts);
    }
    if (restartPolicy != null) {
      Map<String, Object> policy = new TreeMap<>();
      put(policy, "condition", restartPolicy.condition());
      put(policy, "max_attempts", restartPolicy.maxAttempts());
      put(data, "restart_policy", policy);
    }
    return data;
  }

  private static Map<String, Object> amounts(Resources.ResourceAmounts amounts) {
    if (amounts == null) {
      return null;
    }
    Map<String, Object> data = new TreeMap<>();
    put(data, "cpus", amounts.cpus());
    put(data, "memory", amounts.memoryBytes() == null ? null : String.valueOf(amounts.memoryBytes()));
    return data;
  }

  private static Map<String, Object> networks(List<String> names) {
    Map<String, Object> data = new TreeMap<>();
    for (String name : names) {
      data.put(name, null);
    }
    return data;
  }

  private static List<Map<String, Object>> fileRefs(List<ServiceFileRef> refs) {
    List<Map<String, Object>> result = new ArrayList<>(refs.size());
    for (ServiceFileRef ref : refs) {
      result.add(fileRef(ref));
    }
    return Collections.unmodifiableList(result);
  }

  private static Map<String, Object> fileRef(ServiceFileRef ref) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("source", ref.source());
    put(data, "target", ref.target());
    put(data, "mode", ref.mode() == null ? null : String.format("0%o", ref.mode()));
    return data;
  }

  private static String duration(Duration duration) {
    return duration == null ? null : GoDurations.format(duration);
  }

  /** Leaves out nulls and empty collections, as Compose leaves out keys that were not set. */
  static void put(Map<String, Object> data, String key, Object value) {
    if (value == null
        || (value instanceof Map<?, ?> map && map.isEmpty())
        || (value instanceof List<?> list && list.isEmpty())) {
      return;
    }
    data.put(key, value);
  }
}
