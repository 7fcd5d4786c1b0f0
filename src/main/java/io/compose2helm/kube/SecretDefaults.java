package io.compose2helm.kube;

import io.compose2helm.compose.ComposeProject;
import io.compose2helm.compose.EnvVar;
import io.compose2helm.compose.Service;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The defaults Compose gives secret variables ({@code ${PW:-zammad}}). A default is written in the
 * Compose file, so it is public: the deploy script fills a key the env file lacks with it, so the
 * Secret holds what Compose would have run with.
 */
public final class SecretDefaults {

  // ${NAME:-default} or ${NAME-default}; a default with nested references is no plain text.
  private static final Pattern WITH_DEFAULT = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*):?-([^${}]*)}");

  private SecretDefaults() {}

  /** Secret key to its Compose default, from the services' {@code environment:} as written. */
  public static Map<String, String> of(ComposeProject project, SecretVariables secrets) {
    Map<String, String> defaults = new TreeMap<>();
    for (Service service : project.services().values()) {
      for (EnvVar variable : service.environment()) {
        if (variable.origin() != EnvVar.Origin.ENVIRONMENT || variable.rawValue() == null) {
          continue;
        }
        Matcher matcher = WITH_DEFAULT.matcher(variable.rawValue());
        while (matcher.find()) {
          if (secrets.isSecret(matcher.group(1))) {
            defaults.putIfAbsent(matcher.group(1), matcher.group(2));
          }
        }
      }
    }
    return defaults;
  }
}
