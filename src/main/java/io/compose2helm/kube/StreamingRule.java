package io.compose2helm.kube;

import io.compose2helm.compose.Service;
import java.util.Locale;
import java.util.Map;

/**
 * Marks services that stream (SSE, WebSocket), whose Ingress then gets the long-lived connection
 * tuning. Streaming is read from labels that say so; the {@code x-compose2helm.streaming} hint
 * overrides it (see {@link ServiceHints}).
 */
public final class StreamingRule implements MappingRule {

  @Override
  public void apply(Service service, Workload workload, MappingContext context) {
    workload.setStreaming(streaming(service));
  }

  private static String streaming(Service service) {
    for (Map.Entry<String, String> label : service.labels().entrySet()) {
      String text = (label.getKey() + "=" + label.getValue()).toLowerCase(Locale.ROOT);
      if (text.contains("websocket")) {
        return "websocket";
      }
      if (text.contains("sse") || text.contains("server-sent") || text.contains("streaming")) {
        return "sse";
      }
    }
    return null;
  }
}
