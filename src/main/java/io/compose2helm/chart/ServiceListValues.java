package io.compose2helm.chart;

import io.compose2helm.kube.BindDirectory;
import io.compose2helm.kube.ClaimMount;
import io.compose2helm.kube.ContainerPort;
import io.compose2helm.kube.FileMount;
import io.compose2helm.kube.HostAlias;
import io.compose2helm.kube.WaitFor;
import io.compose2helm.kube.Workload;
import java.util.ArrayList;
import java.util.List;

/** The list-valued parts of a service block: ports, mounts, dependencies and host aliases. */
final class ServiceListValues {

  private ServiceListValues() {}

  static List<Object> claims(Workload workload) {
    List<Object> list = new ArrayList<>();
    for (ClaimMount claim : workload.claims()) {
      CommentedMap entry = new CommentedMap()
          .put("claim", claim.claim(), "the claim, sized under persistence.volumes")
          .put("mountPath", claim.mountPath(), "where it is mounted");
      if (claim.subPath() != null) {
        entry.put("subPath", claim.subPath(), "Compose volume.subpath: the folder of the claim mounted there");
      }
      if (claim.readOnly()) {
        entry.put("readOnly", true, "mounted read-only");
      }
      list.add(entry);
    }
    return list;
  }

  static List<Object> waitFor(Workload workload) {
    List<Object> list = new ArrayList<>();
    for (WaitFor wait : workload.waitFor()) {
      list.add(new CommentedMap()
          .put("service", wait.service(), "the Service waited for")
          .put("port", wait.port(), "its port")
          .put("healthy", wait.healthy(), "true: wait until the port answers (ready pods); false: until the name resolves"));
    }
    return list;
  }

  static List<Object> secretFiles(Workload workload) {
    List<Object> list = new ArrayList<>();
    for (FileMount file : workload.secretFiles()) {
      CommentedMap entry = new CommentedMap();
      if (file.objectName().isEmpty()) {
        entry.put("key", file.key(), "key of secrets.existingSecret mounted as the file");
      } else {
        entry.put("secret", file.objectName(), "Secret mounted as a directory, one file per key");
      }
      entry.put("mountPath", file.mountPath(), "where it is mounted");
      list.add(entry);
    }
    return list;
  }

  static List<Object> configFiles(Workload workload) {
    List<Object> list = new ArrayList<>();
    for (FileMount file : workload.configFiles()) {
      list.add(new CommentedMap()
          .put("key", file.key(), "the file's key in the ConfigMap")
          .put("mountPath", file.mountPath(), "where it is mounted"));
    }
    return list;
  }

  static List<Object> ports(List<ContainerPort> ports) {
    List<Object> list = new ArrayList<>();
    for (ContainerPort port : ports) {
      CommentedMap entry = new CommentedMap()
          .put("name", port.name(), "port name, as the Service and probes refer to it")
          .put("containerPort", port.port(), port.inferredFrom() == null ? "port the container listens on"
              : "port the container listens on (not declared in Compose; inferred: " + port.inferredFrom() + ")")
          .put("protocol", port.protocol(), "TCP or UDP");
      if (port.publishedPort() != null) {
        entry.put("localPort", port.publishedPort(), "the host port Compose published, used in port-forward hints");
      }
      list.add(entry);
    }
    return list;
  }

  static List<Object> hostAliases(List<HostAlias> aliases) {
    List<Object> list = new ArrayList<>();
    for (HostAlias alias : aliases) {
      CommentedMap entry = new CommentedMap();
      if (alias.hostGateway()) {
        entry.put("hostGateway", true, "host-gateway: the address comes from hostGateway.ip per environment");
      } else {
        entry.put("ip", alias.ip(), "address the hostnames resolve to");
      }
      entry.put("hostnames", List.copyOf(alias.hostnames()), "host names added to /etc/hosts");
      list.add(entry);
    }
    return list;
  }

  static List<Object> bindDirectories(Workload workload) {
    List<Object> list = new ArrayList<>();
    for (BindDirectory directory : workload.bindDirectories()) {
      list.add(new CommentedMap()
          .put("source", directory.source(), "the host directory Compose mounted (not used in the cluster)")
          .put("mountPath", directory.mountPath(), "where it is mounted")
          .put("claim", "", "empty: an emptyDir; else a claim under persistence.volumes or extraVolumes"));
    }
    return list;
  }
}
