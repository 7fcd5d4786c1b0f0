package io.compose2helm.chart;

import io.compose2helm.compose.Build;
import io.compose2helm.compose.ComposeProject;
import io.compose2helm.kube.ContainerPort;
import io.compose2helm.kube.KubeModel;
import io.compose2helm.kube.SecretDefaults;
import io.compose2helm.kube.Workload;
import io.compose2helm.kube.WorkloadKind;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/** Builds the deploy script's model from the mapped workloads; the script sits in the chart folder. */
final class DeployScriptModels {

  private DeployScriptModels() {}

  static DeployScriptModel of(ComposeProject project, KubeModel model, ChartOptions options, String secretName) {
    List<DeployScriptModel.Service> services = new ArrayList<>();
    for (Workload workload : model.workloads()) {
      if (!workload.enabled()) {
        continue;
      }
      Build composeBuild = project.services().get(workload.composeName()).build();
      Optional<DeployScriptModel.ImageBuild> build = composeBuild == null
          ? Optional.empty()
          : Optional.of(imageBuild(composeBuild, options.composeDirectoryFromChart()));
      Optional<DeployScriptModel.PortHint> port = portHint(workload);
      String rolloutKind = switch (workload.kind()) {
        case DEPLOYMENT -> "deployment";
        case STATEFUL_SET -> "statefulset";
        case JOB -> null;
      };
      String image = workload.image().digest() != null
          ? workload.image().repository() + "@" + workload.image().digest()
          : workload.image().repository() + ":" + workload.image().effectiveTag();
      services.add(new DeployScriptModel.Service(workload.name(), image, build, port, rolloutKind));
    }
    Map<String, String> defaults = SecretDefaults.of(project, model.secrets());
    List<DeployScriptModel.SecretKey> secretKeys = new ArrayList<>();
    for (String key : new TreeSet<>(ValuesBuilder.secretKeys(model))) {
      secretKeys.add(new DeployScriptModel.SecretKey(key, Optional.ofNullable(defaults.get(key))));
    }
    return new DeployScriptModel(options.chartName(), ".", secretName, options.envFileFromChart(),
        options.chartName(), services, secretKeys);
  }

  private static DeployScriptModel.ImageBuild imageBuild(Build build, String composeDirectory) {
    Path context = Path.of(composeDirectory).resolve(build.context() == null ? "." : build.context()).normalize();
    Path dockerfile = context.resolve(build.dockerfile() == null ? "Dockerfile" : build.dockerfile()).normalize();
    return new DeployScriptModel.ImageBuild(slashes(context), slashes(dockerfile), Optional.ofNullable(build.target()));
  }

  /** The first TCP port, which the script forwards to the host; none for a job. */
  private static Optional<DeployScriptModel.PortHint> portHint(Workload workload) {
    for (ContainerPort port : workload.ports()) {
      if (port.protocol().equals("TCP")) {
        return workload.kind() != WorkloadKind.JOB ? Optional.of(portHint(port)) : Optional.empty();
      }
    }
    return Optional.empty();
  }

  private static DeployScriptModel.PortHint portHint(ContainerPort port) {
    return new DeployScriptModel.PortHint(port.port(), port.publishedPort() != null ? port.publishedPort() : port.port());
  }

  private static String slashes(Path path) {
    String text = path.toString().replace('\\', '/');
    return text.isEmpty() ? "." : text;
  }
}
