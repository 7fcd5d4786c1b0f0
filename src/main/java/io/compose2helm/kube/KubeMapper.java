package io.compose2helm.kube;

import io.compose2helm.compose.ComposeProject;
import io.compose2helm.compose.Service;
import io.compose2helm.diagnostics.Diagnostics;
import io.compose2helm.diagnostics.SourceLocation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Runs the mapping rules over every service of a project. */
public final class KubeMapper {

  // Order matters where a rule reads another's result: probes need the ports, the workload kind
  // needs the claims, known image profiles must not override what Compose said.
  private static final List<MappingRule> RULES =
      List.of(
          new ImageRule(),
          new CommandRule(),
          new TerminalRule(),
          new InitProcessRule(),
          new DnsRule(),
          new PortRule(),
          new ReachabilityRule(),
          new HealthProbeRule(),
          new HostAliasRule(),
          new EnvironmentRule(),
          new ResourcesRule(),
          new SecurityContextRule(),
          new LifecycleRule(),
          new StorageRule(),
          new FileObjectsRule(),
          new MountPlanner(),
          new WorkloadKindRule(),
          new DependencyRule(),
          new KnownImageRule(),
          new CapabilitiesRule(),
          new PrivilegedRule(),
          new GroupAddRule(),
          new SysctlRule(),
          new UnknownImageRule(),
          new StreamingRule(),
          new PublicExposureRule(),
          new LabelsRule(),
          new NetworkRule(),
          new NetworkModeRule(),
          new ProfileRule(),
          new UnmappedKeysRule());

  /**
   * A ReadWriteOnce claim attaches to one node: services sharing a named volume only run together
   * on one node, or with a ReadWriteMany storage class.
   */
  private static void warnAboutSharedClaims(ComposeProject project, List<Workload> workloads, Diagnostics diagnostics) {
    Map<String, List<String>> users = new java.util.TreeMap<>();
    for (Workload workload : workloads) {
      for (ClaimMount mount : workload.claims()) {
        List<String> services = users.get(mount.claim());
        if (services == null) {
          services = new ArrayList<>();
          users.put(mount.claim(), services);
        }
        services.add(workload.composeName());
      }
    }
    for (Map.Entry<String, List<String>> use : users.entrySet()) {
      String claim = use.getKey();
      List<String> services = use.getValue();
      if (services.size() > 1) {
        diagnostics.warn(project.services().get(services.get(1)).location(), "volumes." + claim,
            "volume '" + claim + "' is shared by " + String.join(", ", services) + ": one claim serves them all, and"
                + " with ReadWriteOnce they must run on the same node; set persistence.volumes." + claim
                + ".accessModes to [ReadWriteMany] with a storage class that supports it");
      }
    }
  }

  public KubeModel map(ComposeProject project, SecretVariables secrets, Diagnostics diagnostics) {
    Map<String, String> composeNameByKubeName = new HashMap<>();
    List<MappedService> mapped = new ArrayList<>();
    for (Service service : project.services().values()) {
      String name = KubeNames.serviceName(service.name());
      String key = "services." + service.name();
      if (name.isEmpty()) {
        diagnostics.error(service.location(), key, "service name has no character usable in a Kubernetes name");
        continue;
      }
      if (KubeNames.needsServicePrefix(service.name())) {
        diagnostics.warn(service.location(), key, "a Kubernetes Service name must start with a letter (DNS-1035),"
            + " so the objects of '" + service.name() + "' are named '" + name + "'; other services reach it as "
            + name + ", not " + service.name());
      }
      String clash = composeNameByKubeName.putIfAbsent(name, service.name());
      if (clash != null) {
        diagnostics.error(service.location(), key,
            "services '" + clash + "' and '" + service.name() + "' both become Kubernetes name '" + name + "'");
        continue;
      }
      if (ProviderServices.isProvided(service)) {
        ProviderServices.warnLeftOut(service, project, diagnostics);
        continue;
      }
      ServiceHints hints = ServiceHints.read(service, diagnostics);
      if (hints.skip()) {
        diagnostics.warn(service.location(), key, "skipped: x-compose2helm.skip is true");
        continue;
      }
      mapped.add(new MappedService(service, hints));
    }
    // Ports are decided for all services first: a dependant waits for its dependency's port.
    ServiceReachability reachability = ServiceReachability.of(project, mapped, diagnostics);
    MappingContext context = new MappingContext(project, secrets, reachability, diagnostics);
    LiteralSecretCheck.checkProject(context, SourceLocation.ofFile(project.files().isEmpty() ? "" : project.files().get(0)));
    List<Workload> workloads = new ArrayList<>();
    for (MappedService entry : mapped) {
      Service service = entry.service();
      ServiceHints hints = entry.hints();
      Workload workload = new Workload(KubeNames.serviceName(service.name()), service.name());
      for (MappingRule rule : RULES) {
        rule.apply(service, workload, context);
      }
      hints.applyTo(workload);
      WorkloadClassifier.apply(service, workload, hints.workloadClass(), diagnostics);
      RolloutStrategy.warnIfRecreated(service, workload, diagnostics);
      LiteralSecretCheck.check(service, workload, context);
      workloads.add(workload);
    }
    diagnostics.throwIfErrors();
    warnAboutSharedClaims(project, workloads, diagnostics);
    workloads.sort(new ByName());
    PublicExposureRule.warnAboutInternal(project, workloads, diagnostics);
    return new KubeModel(project.name(), workloads, secrets);
  }

  private static final class ByName implements Comparator<Workload> {
    @Override
    public int compare(Workload a, Workload b) {
      return a.name().compareTo(b.name());
    }
  }
}
