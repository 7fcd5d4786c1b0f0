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
      CommentedMap entry = new CommentedMap().with("claim", claim.claim()).with("mountPath", claim.mountPath());
      if (claim.readOnly()) {
        entry.put("readOnly", true);
      }
      list.add(entry);
    }
    return list;
  }

  static List<Object> waitFor(Workload workload) {
    List<Object> list = new ArrayList<>();
    for (WaitFor wait : workload.waitFor()) {
      list.add(new CommentedMap().with("service", wait.service()).with("port", wait.port()).with("healthy", wait.healthy()));
    }
    return list;
  }

  static List<Object> secretFiles(Workload workload) {
    List<Object> list = new ArrayList<>();
    for (FileMount file : workload.secretFiles()) {
      CommentedMap entry = new CommentedMap();
      if (file.objectName().isEmpty()) {
        entry.put("key", file.key());
      } else {
        entry.put("secret", file.objectName());
      }
      entry.put("mountPath", file.mountPath());
      list.add(entry);
    }
    return list;
  }

  static List<Object> configFiles(Workload workload) {
    List<Object> list = new ArrayList<>();
    for (FileMount file : workload.configFiles()) {
      list.add(new CommentedMap().with("key", file.key()).with("mountPath", file.mountPath()));
    }
    return list;
  }

  static List<Object> ports(List<ContainerPort> ports) {
    List<Object> list = new ArrayList<>();
    for (ContainerPort port : ports) {
      CommentedMap entry = new CommentedMap()
          .with("name", port.name())
          .put("containerPort", port.port(), port.inferredFrom() == null ? null
              : "not declared in Compose; inferred: " + port.inferredFrom())
          .with("protocol", port.protocol());
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
        entry.put("ip", alias.ip());
      }
      entry.put("hostnames", List.copyOf(alias.hostnames()));
      list.add(entry);
    }
    return list;
  }

  static List<Object> bindDirectories(Workload workload) {
    List<Object> list = new ArrayList<>();
    for (BindDirectory directory : workload.bindDirectories()) {
      list.add(new CommentedMap()
          .with("source", directory.source())
          .with("mountPath", directory.mountPath())
          .with("claim", ""));
    }
    return list;
  }
}
