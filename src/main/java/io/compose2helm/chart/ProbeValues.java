package io.compose2helm.chart;

import io.compose2helm.kube.Probe;
import io.compose2helm.kube.ProbeAction;
import java.util.Map;

/** A probe as values: the Kubernetes probe fields plus an {@code enabled} switch. */
final class ProbeValues {

  private ProbeValues() {}

  static CommentedMap of(Probe probe) {
    CommentedMap values = new CommentedMap().with("enabled", true);
    ProbeAction action = probe.action();
    if (action instanceof ProbeAction.HttpGet http) {
      CommentedMap httpGet = new CommentedMap().with("path", http.path()).with("port", http.port());
      if (!http.scheme().equals("HTTP")) {
        httpGet.put("scheme", http.scheme());
      }
      values.put("httpGet", httpGet);
    } else if (action instanceof ProbeAction.TcpSocket tcp) {
      values.put("tcpSocket", Map.of("port", tcp.port()));
    } else if (action instanceof ProbeAction.Exec exec) {
      values.put("exec", Map.of("command", exec.command()));
    }
    if (probe.initialDelaySeconds() > 0) {
      values.put("initialDelaySeconds", probe.initialDelaySeconds());
    }
    values.put("periodSeconds", probe.periodSeconds());
    values.put("timeoutSeconds", probe.timeoutSeconds());
    values.put("failureThreshold", probe.failureThreshold());
    return values;
  }
}
