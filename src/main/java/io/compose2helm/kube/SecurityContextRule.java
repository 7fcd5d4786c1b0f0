package io.compose2helm.kube;

import io.compose2helm.compose.Service;
import java.util.regex.Pattern;

/**
 * A numeric Compose {@code user} sets runAsUser/runAsGroup; the chart's non-root defaults apply
 * otherwise. Root is kept when Compose asks for it, with a warning, rather than breaking the image.
 */
public final class SecurityContextRule implements MappingRule {

  // Patterns compiled once: String.matches, split and replaceAll compile theirs at every call.
  private static final Pattern NUMERIC_ID = Pattern.compile("\\d{1,10}");

  @Override
  public void apply(Service service, Workload workload, MappingContext context) {
    String user = service.user();
    if (user == null || user.isBlank()) {
      return;
    }
    String key = "services." + service.name() + ".user";
    String[] parts = user.split(":", 2);
    Long uid = numeric(parts[0]);
    Long gid = parts.length > 1 ? numeric(parts[1]) : uid;
    if (uid == null || (parts.length > 1 && gid == null)) {
      context.diagnostics().warn(service.location(), key,
          "user '" + user + "' is a name; Kubernetes needs a numeric id, so the chart default (1000) applies");
      return;
    }
    if (uid == 0) {
      context.diagnostics().warn(service.location(), key,
          "the service runs as root; runAsNonRoot is turned off for it. Prefer a non-root image");
      workload.setRunAs(0L, gid, false);
      return;
    }
    workload.setRunAs(uid, gid, null);
  }

  private static Long numeric(String text) {
    return NUMERIC_ID.matcher(text).matches() ? Long.valueOf(text) : null;
  }
}
