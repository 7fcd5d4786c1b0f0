package io.compose2helm.kube;

import java.util.List;

/** What a probe does: the three Kubernetes probe handlers we derive from healthchecks. */
public sealed interface ProbeAction {

  record HttpGet(String path, int port, String scheme) implements ProbeAction {}

  record TcpSocket(int port) implements ProbeAction {}

  record Exec(List<String> command) implements ProbeAction {}
}
