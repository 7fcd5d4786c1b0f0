package io.compose2helm.chart;

import java.util.ArrayList;
import java.util.List;

/** The command lines the three-service fixture's script is expected to produce, piece by piece. */
final class DeployScriptCalls {

  static final String CURRENT_CONTEXT = "kubectl config current-context";
  static final String KUBELET_VERSION =
      "kubectl get nodes -o jsonpath={.items[0].status.nodeInfo.kubeletVersion}";
  static final String NODE_IP =
      "kubectl get nodes -o jsonpath={.items[0].status.addresses[?(@.type==\"InternalIP\")].address}";

  private final DeployScriptSandbox sandbox;
  private final List<String> lines = new ArrayList<>();

  private DeployScriptCalls(DeployScriptSandbox sandbox) {
    this.sandbox = sandbox;
  }

  static DeployScriptCalls in(DeployScriptSandbox sandbox) {
    return new DeployScriptCalls(sandbox);
  }

  DeployScriptCalls add(String... calls) {
    lines.addAll(List.of(calls));
    return this;
  }

  DeployScriptCalls builds() {
    return add(
        "docker build -t bytelyst/api:local -f " + sandbox.fromScript("services/api/Dockerfile")
            + " --target runtime " + sandbox.fromScript("services/api"),
        "docker build -t bytelyst/web:local -f " + sandbox.fromScript("services/web/Dockerfile.local")
            + " " + sandbox.fromScript("services/web"));
  }

  /** The K3s imports of both built images; the fake sudo logs its own line before passing stdin on. */
  DeployScriptCalls imports(boolean withSudo) {
    for (String image : List.of("bytelyst/api:local", "bytelyst/web:local")) {
      add("docker save " + image);
      if (withSudo) {
        add("sudo k3s ctr images import -");
      }
      add("k3s ctr images import - < image-tar(" + image + ")");
    }
    return this;
  }

  DeployScriptCalls namespaceAndSecret(String namespace, String envFile) {
    return add(
        "kubectl create namespace " + namespace + " --dry-run=client -o yaml",
        "kubectl apply -f - < kind: namespace",
        "kubectl create secret generic bytelyst-env --from-env-file=" + envFile + " -n " + namespace
            + " --dry-run=client -o yaml",
        "kubectl apply -f - < kind: secret");
  }

  DeployScriptCalls helm(String namespace, String... extraArgs) {
    String chart = sandbox.fromScript("bytelyst");
    StringBuilder line = new StringBuilder("helm upgrade --install bytelyst " + chart + " -n " + namespace
        + " -f " + chart + "/values.yaml -f " + chart + "/env/local.yaml");
    for (String arg : extraArgs) {
      line.append(' ').append(arg);
    }
    return add(line.toString());
  }

  DeployScriptCalls rollouts(String namespace, String timeout) {
    for (String name : List.of("api", "web", "redis")) {
      add("kubectl rollout status deployment/" + name + " -n " + namespace + " --timeout=" + timeout);
    }
    return this;
  }

  /** The commands under --dry-run are printed with "+ " instead of being called. */
  List<String> printed() {
    return lines.stream().map(line -> "+ " + line).toList();
  }

  List<String> toList() {
    return List.copyOf(lines);
  }
}
