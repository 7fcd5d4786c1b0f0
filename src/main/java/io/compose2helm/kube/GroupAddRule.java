package io.compose2helm.kube;

import io.compose2helm.compose.Service;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * {@code group_add} becomes the pod's {@code supplementalGroups}, which Kubernetes takes as numeric
 * ids only: a device group such as the render group of a GPU (Jellyfin, Frigate) is usually given
 * as its number. A group name means the /etc/group of an image the chart cannot read, so it is
 * left out with a warning naming the value to set instead.
 */
public final class GroupAddRule implements MappingRule {

  // Compiled once: String.matches compiles its pattern at every call.
  private static final Pattern NUMERIC_ID = Pattern.compile("\\d{1,10}");

  @Override
  public void apply(Service service, Workload workload, MappingContext context) {
    List<String> names = new ArrayList<>();
    for (String group : service.groupAdd()) {
      String trimmed = group.trim();
      if (NUMERIC_ID.matcher(trimmed).matches() && Long.parseLong(trimmed) <= 0xFFFFFFFFL) {
        Long id = Long.valueOf(trimmed);
        if (!workload.supplementalGroups().contains(id)) {
          workload.supplementalGroups().add(id);
        }
      } else {
        names.add(trimmed);
      }
    }
    if (!names.isEmpty()) {
      context.diagnostics().warn(service.location(), "services." + service.name() + ".group_add",
          "group " + String.join(", ", names) + " is a name, and Kubernetes needs numeric group ids: add the id to"
              + " services." + workload.name() + ".podSecurityContext.supplementalGroups");
    }
  }
}
