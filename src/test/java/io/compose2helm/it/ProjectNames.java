package io.compose2helm.it;

import io.compose2helm.compose.ComposeLoader;
import io.compose2helm.compose.ComposeProject;
import io.compose2helm.compose.LoadRequest;
import io.compose2helm.compose.Service;
import io.compose2helm.diagnostics.Diagnostics;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The names every Compose service of a project answers to: its own, its aliases, hostname,
 * container_name, and the aliases other services' links give it.
 */
final class ProjectNames {

  private ProjectNames() {}

  static Map<String, List<String>> of(List<Path> composeFiles, List<Path> envFiles, boolean readOverrideFile) {
    LoadRequest request = new LoadRequest(composeFiles, envFiles, Map.of(), null, java.util.Set.of(), readOverrideFile);
    Map<String, List<String>> names = new LinkedHashMap<>();
    ComposeProject project = new ComposeLoader().load(request, new Diagnostics());
    Map<String, List<String>> otherNames = project.otherNames();
    for (Service service : project.services().values()) {
      List<String> all = new ArrayList<>(List.of(service.name()));
      all.addAll(otherNames.get(service.name()));
      names.put(service.name(), all);
    }
    return names;
  }
}
