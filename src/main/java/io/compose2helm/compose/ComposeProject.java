package io.compose2helm.compose;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A Compose project after loading: env files read, every value interpolated, anchors and merge
 * keys resolved. Maps keep the order of the source file; consumers sort where output order matters.
 *
 * @param name the project name (top-level {@code name:} or the folder of the first Compose file)
 * @param files the Compose files read, as given (relative paths stay relative)
 * @param variables the interpolation variables, from the env files (and the process environment
 *     when asked), in load order
 * @param variableSources for each variable, the file it came from (for messages; never its value)
 * @param activeProfiles the profiles asked for ({@code --profile}); {@code *} means all
 * @param provenance the Compose text of the values, and the variables interpolated into each key
 */
public record ComposeProject(
    String name,
    List<String> files,
    Map<String, Service> services,
    Map<String, NamedVolume> volumes,
    Map<String, NamedNetwork> networks,
    Map<String, FileObject> secrets,
    Map<String, FileObject> configs,
    Map<String, String> variables,
    Map<String, String> variableSources,
    Map<String, Object> extensions,
    Set<String> activeProfiles,
    Provenance provenance) {

  public ComposeProject {
    activeProfiles = activeProfiles == null ? Set.of() : Set.copyOf(activeProfiles);
    provenance = provenance == null ? Provenance.NONE : provenance;
  }

  /** A project built in code: no active profile, no provenance of its values. */
  public ComposeProject(
      String name,
      List<String> files,
      Map<String, Service> services,
      Map<String, NamedVolume> volumes,
      Map<String, NamedNetwork> networks,
      Map<String, FileObject> secrets,
      Map<String, FileObject> configs,
      Map<String, String> variables,
      Map<String, String> variableSources,
      Map<String, Object> extensions) {
    this(name, files, services, volumes, networks, secrets, configs, variables, variableSources, extensions, Set.of(),
        Provenance.NONE);
  }

  /**
   * For every service, the names other containers reach it by besides its own: its network names
   * (hostname, container_name, aliases), then the aliases that other services' {@code links} give
   * it. Made in one pass over the links, as callers ask for every service.
   */
  public Map<String, List<String>> otherNames() {
    Map<String, java.util.LinkedHashSet<String>> names = new java.util.LinkedHashMap<>();
    for (Service service : services.values()) {
      names.put(service.name(), new java.util.LinkedHashSet<>(service.networkNames().all()));
    }
    for (Service service : services.values()) {
      for (Link link : service.links()) {
        if (link.alias() != null && !link.alias().equals(link.service()) && names.containsKey(link.service())) {
          names.get(link.service()).add(link.alias());
        }
      }
    }
    Map<String, List<String>> result = new java.util.LinkedHashMap<>();
    for (Map.Entry<String, java.util.LinkedHashSet<String>> entry : names.entrySet()) {
      result.put(entry.getKey(), List.copyOf(entry.getValue()));
    }
    return result;
  }

  /**
   * Whether Compose would start the service: it has no profile, or one of its profiles is active.
   */
  public boolean isActive(Service service) {
    return service.profiles().isEmpty()
        || activeProfiles.contains("*")
        || hasActiveProfile(service);
  }

  private boolean hasActiveProfile(Service service) {
    for (String profile : service.profiles()) {
      if (activeProfiles.contains(profile)) {
        return true;
      }
    }
    return false;
  }
}
