package io.compose2helm.chart;

import io.compose2helm.kube.Probe;
import io.compose2helm.kube.ProbeAction;

/** A probe as values: the Kubernetes probe fields plus an {@code enabled} switch. */
final class ProbeValues {

  private ProbeValues() {}

  static CommentedMap of(Probe probe) {
    CommentedMap values = new CommentedMap().put("enabled", true, "run this probe");
    ProbeAction action = probe.action();
    if (action instanceof ProbeAction.HttpGet http) {
      CommentedMap httpGet = new CommentedMap()
          .put("path", http.path(), "HTTP path requested")
          .put("port", http.port(), "port requested");
      if (!http.scheme().equals("HTTP")) {
        httpGet.put("scheme", http.scheme(), "HTTP or HTTPS");
      }
      values.put("httpGet", httpGet);
    } else if (action instanceof ProbeAction.TcpSocket tcp) {
      values.put("tcpSocket", new CommentedMap().put("port", tcp.port(), "port that must accept a connection"));
    } else if (action instanceof ProbeAction.Exec exec) {
      values.put("exec", new CommentedMap().put("command", exec.command(), "command run in the container; exit 0 passes"));
    }
    if (probe.initialDelaySeconds() > 0) {
      values.put("initialDelaySeconds", probe.initialDelaySeconds(), "seconds before the first check");
    }
    values.put("periodSeconds", probe.periodSeconds(), "seconds between checks");
    values.put("timeoutSeconds", probe.timeoutSeconds(), "seconds a check may take");
    values.put("failureThreshold", probe.failureThreshold(), "failed checks in a row before the probe fails");
    return values;
  }
}
