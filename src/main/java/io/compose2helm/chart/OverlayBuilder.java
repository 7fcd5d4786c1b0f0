package io.compose2helm.chart;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The environment overlays: each holds only what differs from values.yaml, and changes {@code
 * defaults} rather than single services, so services added later inherit the environment.
 */
public final class OverlayBuilder {

  /** Overlays by file name under {@code env/}, in a fixed order. */
  public Map<String, Overlay> build(String chartName) {
    Map<String, Overlay> overlays = new LinkedHashMap<>();
    overlays.put("local", new Overlay(local(), "Local cluster (Docker Desktop Kubernetes or K3s). Install with:\n"
        + "helm upgrade --install " + chartName + " . -f values.yaml -f env/local.yaml\n"
        + "Claims use the cluster's default storage class: local-path on K3s, hostpath on Docker Desktop."));
    overlays.put("dev", new Overlay(dev(), "Shared development cluster. Install with:\n"
        + "helm upgrade --install " + chartName + " . -f values.yaml -f env/dev.yaml"));
    overlays.put("prod", new Overlay(prod(chartName), "Production (AKS/EKS/GKE). Install with:\n"
        + "helm upgrade --install " + chartName + " . -f values.yaml -f env/prod.yaml"));
    return overlays;
  }

  /** An overlay's data and the comment written at its top. */
  public record Overlay(CommentedMap values, String header) {}

  private static CommentedMap local() {
    return new CommentedMap()
        .put("forceReplicas", 1, "One pod per service on a single machine.")
        .put("ingress", new CommentedMap()
            .put("className", "traefik", "K3s ships Traefik. On Docker Desktop install an ingress controller or use port-forward."),
            "Services are reached at <service>.localhost, which browsers resolve to 127.0.0.1.")
        .put("defaults", new CommentedMap()
            .put("image", new CommentedMap().put("builtPullPolicy", "Never",
                "Images built locally are already in the cluster's runtime (imported on K3s)."), null), null);
  }

  private static CommentedMap dev() {
    return new CommentedMap()
        .put("ingress", new CommentedMap()
            .with("className", "nginx")
            .put("domain", "dev.example.com", "Change to your development domain."), null);
  }

  private static CommentedMap prod(String chartName) {
    return new CommentedMap()
        .put("ingress", new CommentedMap()
            .with("className", "nginx")
            .put("domain", "example.com", "Change to your production domain.")
            .with("tls", new CommentedMap().with("enabled", true)), null)
        .put("defaults", new CommentedMap()
            .put("replicas", 2, "At least two pods so a node loss or a rollout keeps serving.")
            .put("resources", new CommentedMap().with("requests",
                new CommentedMap().with("cpu", "100m").with("memory", "128Mi")),
                "Requests let the scheduler place pods and the autoscaler measure utilisation.")
            .with("autoscaling", new CommentedMap().with("enabled", true))
            .put("topologySpread", new CommentedMap().with("enabled", true), "Keep replicas on different nodes."), null)
        .put("secrets", new CommentedMap().put("azureKeyVault", new CommentedMap()
            .with("enabled", true)
            .put("keyvaultName", chartName.length() > 20 ? "my-key-vault" : chartName + "-kv", "Change to your vault.")
            .put("tenantId", "00000000-0000-0000-0000-000000000000", "Change to your Azure AD tenant.")
            .put("workloadIdentityClientID", "00000000-0000-0000-0000-000000000000", "Change to your identity's client ID.")
            .put("serviceAccountName", "default", "Change to the service account federated with that identity."),
            "Phase 3: secrets come from Azure Key Vault, synced into the same Secret the pods read."), null);
  }
}
