package io.compose2helm.chart;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@code deploy-local.sh} needs to know about one generated chart. Relative paths are
 * relative to the folder the script is written to, so the script runs from any directory.
 *
 * @param chartName the chart's name; also the Helm release name
 * @param chartDir the chart folder
 * @param secretName the Secret the chart reads secret variables from
 * @param envFile the env file the Secret is made from, e.g. {@code .env.ecosystem}
 * @param defaultNamespace the namespace used when {@code --namespace} is not given
 * @param services the Compose services, in the order they are built and waited for
 * @param secretKeys the keys the Secret must hold (values' secrets.keys), sorted
 */
public record DeployScriptModel(
    String chartName,
    String chartDir,
    String secretName,
    String envFile,
    String defaultNamespace,
    List<Service> services,
    List<SecretKey> secretKeys) {

  public DeployScriptModel(
      String chartName, String chartDir, String secretName, String envFile, String defaultNamespace,
      List<Service> services) {
    this(chartName, chartDir, secretName, envFile, defaultNamespace, services, List.of());
  }

  public DeployScriptModel {
    Objects.requireNonNull(chartName, "chartName");
    Objects.requireNonNull(chartDir, "chartDir");
    Objects.requireNonNull(secretName, "secretName");
    Objects.requireNonNull(envFile, "envFile");
    Objects.requireNonNull(defaultNamespace, "defaultNamespace");
    services = List.copyOf(services);
    secretKeys = List.copyOf(secretKeys);
  }

  /**
   * A key of the Secret.
   *
   * @param name the key
   * @param composeDefault the default Compose gives it ({@code ${PW:-zammad}}), public since it is
   *     in the Compose file; the script writes it when the env file lacks the key
   */
  public record SecretKey(String name, Optional<String> composeDefault) {

    public SecretKey {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(composeDefault, "composeDefault");
    }
  }

  /**
   * One Compose service.
   *
   * @param name the service (and Kubernetes object) name
   * @param image the full image reference the chart deploys, {@code repository:tag}
   * @param build how to build the image, when Compose builds it from source
   * @param port the port to suggest a port-forward for, if the service has one
   * @param rolloutKind {@code deployment} or {@code statefulset} when the script waits for the
   *     service's rollout, {@code null} when it does not (Jobs, disabled services)
   */
  public record Service(
      String name, String image, Optional<ImageBuild> build, Optional<PortHint> port, String rolloutKind) {

    public Service {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(image, "image");
      Objects.requireNonNull(build, "build");
      Objects.requireNonNull(port, "port");
    }
  }

  /**
   * A {@code docker build} of a service's image. Both paths are relative to the script's folder
   * (not the Dockerfile relative to the context as Compose writes it), because {@code docker
   * build -f} resolves against the working directory.
   *
   * @param context the build context folder
   * @param dockerfile the Dockerfile
   * @param target the build stage, or empty for the last stage
   */
  public record ImageBuild(String context, String dockerfile, Optional<String> target) {

    public ImageBuild {
      Objects.requireNonNull(context, "context");
      Objects.requireNonNull(dockerfile, "dockerfile");
      Objects.requireNonNull(target, "target");
    }
  }

  /**
   * @param containerPort the port the container listens on
   * @param localPort the port to forward from on this machine (Compose's published port, or the
   *     container port when none was published)
   */
  public record PortHint(int containerPort, int localPort) {}
}
