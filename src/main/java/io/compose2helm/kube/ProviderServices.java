package io.compose2helm.kube;

import io.compose2helm.compose.ComposeProject;
import io.compose2helm.compose.Dependency;
import io.compose2helm.compose.Service;
import io.compose2helm.diagnostics.Diagnostics;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Services that Compose hands to a provider ({@code provider.type}, such as Docker Model Runner's
 * {@code model}) run no container of their own, so the chart has nothing to deploy for them: they
 * are left out, with a warning that names the services depending on them, which lose the variables
 * the provider would have set in them.
 */
final class ProviderServices {

  /** Docker Model Runner sets NAME_URL and NAME_MODEL in the services that depend on a model. */
  private static final String MODEL_RUNNER = "model";

  private ProviderServices() {}

  static boolean isProvided(Service service) {
    return service.provider() != null;
  }

  /** Warns that a provided service is left out; call only for one that {@link #isProvided}. */
  static void warnLeftOut(Service service, ComposeProject project, Diagnostics diagnostics) {
    List<String> dependants = new ArrayList<>();
    for (Service other : project.services().values()) {
      if (dependsOn(other, service.name())) {
        dependants.add(other.name());
      }
    }
    String message = "run by the Compose provider '" + service.provider() + "', not as a container, so the chart"
        + " has nothing to deploy for it";
    if (!dependants.isEmpty()) {
      String variables = service.provider().equals(MODEL_RUNNER)
          ? " (" + variablePrefix(service.name()) + "_URL and " + variablePrefix(service.name()) + "_MODEL)"
          : "";
      message += "; " + String.join(", ", dependants) + (dependants.size() == 1 ? " gets" : " get")
          + " none of the variables the provider sets" + variables
          + ": point them at a Kubernetes equivalent in their env";
    }
    diagnostics.warn(service.location(), "services." + service.name() + ".provider", message);
  }

  private static boolean dependsOn(Service service, String name) {
    for (Dependency dependency : service.dependsOn()) {
      if (name.equals(dependency.service())) {
        return true;
      }
    }
    return false;
  }

  /** The service name as Compose writes it in provider variables: upper case, other characters as {@code _}. */
  private static String variablePrefix(String serviceName) {
    StringBuilder prefix = new StringBuilder();
    for (char c : serviceName.toUpperCase(Locale.ROOT).toCharArray()) {
      prefix.append((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ? c : '_');
    }
    return prefix.toString();
  }
}
