package io.compose2helm.audit;

import java.util.List;

/** The rules an audit runs by default. */
public final class AuditRules {

  private AuditRules() {}

  public static List<DockerfileRule> dockerfileRules() {
    return List.of(
        new ShellFormEntrypointRule(),
        new BroadCopyRule(),
        new RootUserRule(),
        new FragmentedRunRule(),
        new HardcodedEndpointRule());
  }

  public static List<ServiceRule> serviceRules() {
    return List.of(new LatestTagRule(), new NoHealthcheckRule(), new RunsAsRootRule());
  }
}
