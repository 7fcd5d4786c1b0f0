package io.compose2helm.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A Kubernetes API server that only answers discovery (the API groups it serves) and an empty
 * Helm release history: enough for a real {@code helm install --dry-run} to read the cluster's
 * capabilities and render, so a chart's capability checks run as on a cluster. Nothing is stored.
 */
public final class DiscoveryOnlyApiServer implements AutoCloseable {

  private final HttpServer server;
  private final List<String> groupVersions;

  /** @param groupVersions served API group versions besides the core v1, e.g. apps/v1 */
  public DiscoveryOnlyApiServer(List<String> groupVersions) {
    this.groupVersions = groupVersions;
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext("/", this::answer);
    server.start();
  }

  /** A kubeconfig pointing at this server. */
  public String kubeConfig() {
    return "apiVersion: v1\nkind: Config\n"
        + "clusters: [{name: fake, cluster: {server: 'http://127.0.0.1:" + server.getAddress().getPort() + "'}}]\n"
        + "users: [{name: fake, user: {token: fake}}]\n"
        + "contexts: [{name: fake, context: {cluster: fake, user: fake}}]\n"
        + "current-context: fake\n";
  }

  private void answer(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    String body;
    int status = 200;
    if (path.equals("/version")) {
      body = "{\"major\":\"1\",\"minor\":\"33\",\"gitVersion\":\"v1.33.0\",\"platform\":\"linux/amd64\"}";
    } else if (path.equals("/api")) {
      body = "{\"kind\":\"APIVersions\",\"versions\":[\"v1\"],"
          + "\"serverAddressByClientCIDRs\":[{\"clientCIDR\":\"0.0.0.0/0\",\"serverAddress\":\"127.0.0.1\"}]}";
    } else if (path.equals("/apis")) {
      body = "{\"kind\":\"APIGroupList\",\"apiVersion\":\"v1\",\"groups\":["
          + groupVersions.stream().map(DiscoveryOnlyApiServer::group).collect(Collectors.joining(",")) + "]}";
    } else if (path.equals("/api/v1")) {
      body = resources("v1", "{\"name\":\"secrets\",\"singularName\":\"secret\",\"namespaced\":true,\"kind\":\"Secret\","
          + "\"verbs\":[\"get\",\"list\",\"create\"]}");
    } else if (path.startsWith("/apis/") && groupVersions.contains(path.substring("/apis/".length()))) {
      body = resources(path.substring("/apis/".length()), "");
    } else if (path.matches("/api/v1/namespaces/[^/]+/secrets")) {
      body = "{\"kind\":\"SecretList\",\"apiVersion\":\"v1\",\"metadata\":{},\"items\":[]}"; // no earlier release
    } else {
      status = 404;
      body = "{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"status\":\"Failure\",\"reason\":\"NotFound\",\"code\":404}";
    }
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
    exchange.close();
  }

  private static String group(String groupVersion) {
    String name = groupVersion.substring(0, groupVersion.indexOf('/'));
    String version = "{\"groupVersion\":\"" + groupVersion + "\",\"version\":\""
        + groupVersion.substring(groupVersion.indexOf('/') + 1) + "\"}";
    return "{\"name\":\"" + name + "\",\"versions\":[" + version + "],\"preferredVersion\":" + version + "}";
  }

  private static String resources(String groupVersion, String resources) {
    return "{\"kind\":\"APIResourceList\",\"apiVersion\":\"v1\",\"groupVersion\":\"" + groupVersion
        + "\",\"resources\":[" + resources + "]}";
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
