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
    overlays.put("prod", new Overlay(prod(), "Production (AKS/EKS/GKE). Install with:\n"
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
            "Services are reached at <service>.localhost, which browsers resolve to 127.0.0.1.\n"
                + "Local clusters use the Ingress path: K3s's Traefik serves Ingress out of the box, while Gateway API\n"
                + "needs CRDs and a provider switched on. For Gateway API: routing: gateway, gateway.create: true,\n"
                + "gateway.gatewayClassName: traefik, gateway.httpPort: 8000, gateway.httpsPort: 8443.")
        .put("defaults", new CommentedMap()
            .put("image", new CommentedMap().put("builtPullPolicy", "Never",
                "Images built locally are already in the cluster's runtime (imported on K3s)."), null), null);
  }

  /** What the Gateway path needs from each controller; the HTTPRoutes themselves stay the same. */
  static final String CONTROLLERS = "Gateway API: routes attach to the platform's Gateway (gateway.name/namespace).\n"
      + "Per controller (the Gateway's listeners must allow routes from this namespace):\n"
      + "  Envoy Gateway: any Gateway of an envoyproxy.io class; stream timeouts apply as written.\n"
      + "  NGINX Gateway Fabric: Gateway of class nginx (namespace nginx-gateway).\n"
      + "  Traefik: enable the kubernetesGateway provider; class traefik, listeners on 8000/8443.\n"
      + "  Istio: Gateway of class istio (or istio-waypoint for mesh-internal traffic).\n"
      + "  GKE: class gke-l7-global-external-managed; raise the backend timeout with a GCPBackendPolicy.\n"
      + "  AKS Application Gateway for Containers: class azure-alb-external, stream timeouts in a RoutePolicy.\n"
      + "  AWS Load Balancer Controller: a class for gateway.k8s.aws/alb; raise the ALB idle timeout for streams.\n"
      + "No Gateway API on the cluster: set routing: ingress and ingress.className.";

  private static CommentedMap dev() {
    return new CommentedMap()
        .put("routing", "gateway", CONTROLLERS)
        .put("exposure", "public", "Only services with ingress.public get a route; the others stay inside.")
        .put("gateway", new CommentedMap()
            .put("name", "platform-gateway", "Change to the Gateway your platform runs.")
            .with("namespace", "gateway-system"), null)
        .put("ingress", new CommentedMap()
            .put("domain", "dev.example.com", "Change to your development domain."), null);
  }

  private static CommentedMap prodClasses() {
    return new CommentedMap()
        .put("stateless", new CommentedMap()
            .put("replicas", 2, "At least two pods so a node loss or a rollout keeps serving.")
            .with("resources", sized("100m", "128Mi", "512Mi"))
            .put("autoscaling", new CommentedMap().with("enabled", true),
                "Only stateless services autoscale, on CPU (defaults.autoscaling); to scale on memory too,\n"
                    + "set targetMemoryUtilizationPercentage here (e.g. 80)."), null)
        .put("stateful", new CommentedMap()
            .with("resources", sized("250m", "512Mi", "1Gi")),
            "Databases and search engines keep their hot data in memory: more of it; one pod, never\n"
                + "autoscaled (values.yaml).")
        .put("cache", new CommentedMap()
            .with("resources", sized("100m", "256Mi", "512Mi")),
            "Sized for a working set of about 256Mi; a cache whose command sets memcached -m or redis\n"
                + "--maxmemory is sized from it in values.yaml.")
        .put("job", new CommentedMap()
            .with("resources", sized("100m", "128Mi", "512Mi")), "Migrations and seeders: modest, for the few minutes they run.");
  }

  private static CommentedMap sized(String cpuRequest, String memoryRequest, String memoryLimit) {
    return new CommentedMap()
        .with("requests", new CommentedMap().with("cpu", cpuRequest).with("memory", memoryRequest))
        .with("limits", new CommentedMap().with("memory", memoryLimit));
  }

  private static CommentedMap prod() {
    return new CommentedMap()
        .put("routing", "gateway", CONTROLLERS)
        .put("exposure", "public", "Only services with ingress.public get a route; the others stay inside.")
        .put("gateway", new CommentedMap()
            .put("name", "platform-gateway", "Change to the Gateway your platform runs.")
            .with("namespace", "gateway-system")
            .put("sectionName", "https",
                "Its TLS listener; the platform owns the certificate (cert-manager on the Gateway)."), null)
        .put("ingress", new CommentedMap()
            .put("domain", "example.com", "Change to your production domain.")
            .put("tls", new CommentedMap().with("enabled", true), "Used with routing: ingress."), null)
        .put("defaults", new CommentedMap()
            .put("topologySpread", new CommentedMap().with("enabled", true), "Keep replicas on different nodes."), null)
        .put("workloadClasses", prodClasses(),
            "Sizing per workload class (each service's workloadClass in values.yaml says which applies).\n"
                + "Requests let the scheduler place pods and the autoscaler measure utilisation; memory limits\n"
                + "stop one pod from starving its node (no CPU limits: they throttle). A service's own\n"
                + "resources (Compose deploy.resources, a known image's docs) win over its class's.\n"
                + "A PodDisruptionBudget comes only with two or more pods, so one-pod classes never block a drain.")
        .put("secrets", new CommentedMap().put("azureKeyVault", new CommentedMap()
            .with("enabled", true)
            // Empty, not a guess: helm install fails naming each one until it is set.
            .put("keyvaultName", "", "Required: the name of your Key Vault.")
            .put("tenantId", "", "Required: your Azure AD (Entra ID) tenant ID.")
            .put("workloadIdentityClientID", "",
                "Required: client ID of the managed identity federated with the pods' service account\n"
                    + "(or leave empty and set userAssignedIdentityID for a VM managed identity).")
            .put("serviceAccountName", "",
                "The service account federated with that identity; empty: the pods' own or the namespace default."),
            "Phase 3: secrets come from Azure Key Vault, synced into the same Secret the pods read. The cluster\n"
                + "needs the Secrets Store CSI driver and its Azure provider (AKS: the azure-keyvault-secrets-provider add-on).\n"
                + "Phase 2 instead (the Secret made with kubectl create secret, no Key Vault): set enabled: false, or add\n"
                + "  --set secrets.azureKeyVault.enabled=false"), null);
  }
}
