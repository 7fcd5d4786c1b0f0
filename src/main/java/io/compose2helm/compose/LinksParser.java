package io.compose2helm.compose;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** A service's {@code links}, and the start order they imply. */
final class LinksParser {

  private LinksParser() {}

  /** {@code links}: {@code SERVICE} or {@code SERVICE:ALIAS}, to a service of the project. */
  static List<Link> parse(YamlValue value, Set<String> services) {
    List<Link> links = new ArrayList<>();
    for (YamlValue item : value.items()) {
      String text = item.requiredText();
      int colon = text.indexOf(':');
      String service = colon < 0 ? text : text.substring(0, colon);
      String alias = colon < 0 ? null : text.substring(colon + 1);
      if (!services.contains(service)) {
        throw item.error("links to service '" + service + "', which is not defined");
      }
      if (alias != null && alias.isEmpty()) {
        throw item.error("expected SERVICE or SERVICE:ALIAS");
      }
      links.add(new Link(service, alias));
    }
    return List.copyOf(links);
  }

  /** Compose starts a linked service first, as if depends_on named it (condition service_started). */
  static List<Dependency> withLinks(List<Dependency> dependsOn, List<Link> links) {
    List<Dependency> all = new ArrayList<>(dependsOn);
    for (Link link : links) {
      if (!dependsOn(all, link.service())) {
        all.add(new Dependency(link.service(), Dependency.Condition.STARTED, true));
      }
    }
    return all.size() == dependsOn.size() ? dependsOn : List.copyOf(all);
  }

  private static boolean dependsOn(List<Dependency> dependencies, String service) {
    for (Dependency dependency : dependencies) {
      if (dependency.service().equals(service)) {
        return true;
      }
    }
    return false;
  }
}
