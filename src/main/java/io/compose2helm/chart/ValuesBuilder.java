package io.compose2helm.chart;

import io.compose2helm.kube.KubeModel;
import io.compose2helm.kube.MountPlanner;
import io.compose2helm.kube.Workload;
import java.util.List;
import java.util.Map;

/**
 * Builds values.yaml: chart-wide settings, the environment-wide {@code defaults} every service is
 * merged over, and a block per service holding only what Compose said about it.
 */
public final class ValuesBuilder {

  /**
   * The roadmap's SSE/WebSocket tuning for ingress-nginx, without its configuration-snippet: a default
   * controller (1.9 and later) refuses snippet annotations, and it forwards WebSocket upgrades itself.
   */
  static final Map<String, Object> STREAMING_ANNOTATIONS =
      new CommentedMap()
          .with("nginx.ingress.kubernetes.io/proxy-read-timeout", "1800")
          .with("nginx.ingress.kubernetes.io/proxy-send-timeout", "1800")
          .with("nginx.ingress.kubernetes.io/proxy-buffering", "off")
          .with("nginx.ingress.kubernetes.io/proxy-request-buffering", "off");

  /** How long a stream (SSE, WebSocket) may stay open on the Gateway path, as the roadmap asks. */
  static final String STREAM_TIMEOUT = "1800s";

  /** The pod restart policy of a Job unless Compose says it never restarts. */
  static final String JOB_RESTART_POLICY = "OnFailure";

  public CommentedMap build(KubeModel model, String secretName) {
    CommentedMap values = new CommentedMap();
    values.put("nameOverride", "", "Replaces the chart name in labels.");
    values.put("namespaceOverride", "",
        "Namespace of every object; empty means the release namespace (helm --namespace).");
    values.put("secrets", secrets(model, secretName), "Secret variables: never in this file, only their names.");
    values.put("persistence", persistence(model), "PersistentVolumeClaims for Compose named volumes.");
    values.put("forceReplicas", 0,
        "When above 0, every service runs this many pods whatever its block says (local clusters).");
    values.put("hostGateway", new CommentedMap().put("ip", "",
            "Address of the machine running the cluster, for Compose extra_hosts 'host-gateway'.\n"
                + "Empty: the alias is left out (Docker Desktop resolves host.docker.internal itself).\n"
                + "On K3s set the node IP in env/local.yaml; deploy-local.sh passes it for you."),
        "Compose host-gateway.");
    values.put("networkPolicies", new CommentedMap()
            .put("enabled", false,
                "Enforce Compose networks: a pod accepts traffic only from pods sharing one of its networks\n"
                    + "(and from ingress controllers when it has an Ingress). Needs a CNI that enforces policies.")
            .put("ingressControllerNamespaces", List.of("ingress-nginx", "kube-system"),
                "Namespaces of the ingress controllers (ingress-nginx; Traefik runs in kube-system on K3s),\n"
                    + "or with routing: gateway those of the Gateway's proxies (e.g. envoy-gateway-system)."),
        null);
    values.put("routing", "ingress",
        "How services with ingress.enabled are reached from outside: gateway (an HTTPRoute each, Gateway API),\n"
            + "ingress (an Ingress each) or none.");
    values.put("exposure", "published",
        "Which of them are routed: published (every port Compose published) or public (only services\n"
            + "with ingress.public, as dev and prod do).");
    values.put("ingress", ingress(),
        "Ingress settings shared by every service that has ingress.enabled; domain and tls serve both paths.");
    values.put("gateway", gateway(), "The Gateway API path (routing: gateway).");
    values.put("defaults", defaults(),
        "Environment-wide defaults. Each service's class (workloadClasses) and then its block below are\n"
            + "merged over them, so an overlay that changes defaults changes every service, including services\n"
            + "added later, where neither its class nor its block says otherwise.");
    values.put("workloadClasses", workloadClasses(),
        "Settings per workload class, merged between defaults and each service block (defaults, then\n"
            + "workloadClasses.<class>, then services.<name>); each service's workloadClass says which applies and\n"
            + "why. Overlays size the classes rather than single services (see env/prod.yaml); a service block\n"
            + "can move itself to another class with workloadClass.");
    CommentedMap services = new CommentedMap();
    for (Workload workload : model.workloads()) {
      services.put(workload.name(), ServiceValues.of(workload),
          workload.name().equals(workload.composeName()) ? null : "Compose service '" + workload.composeName() + "'");
    }
    values.put("services", services, "One block per Compose service, named like its Kubernetes Service.");
    return values;
  }

  /** The keys the services read from the Secret, sorted. */
  static java.util.SortedSet<String> secretKeys(KubeModel model) {
    java.util.TreeSet<String> keys = new java.util.TreeSet<>();
    model.workloads().forEach(w -> w.secretEnv().values().forEach(ref -> keys.add(ref.secretKey())));
    return keys;
  }

  private static CommentedMap secrets(KubeModel model, String secretName) {
    java.util.SortedSet<String> keys = secretKeys(model);
    return new CommentedMap()
        .put("existingSecret", secretName,
            "The Secret pods read secret variables from. Phase 2: create it from the env file at deploy time:\n"
                + "kubectl create secret generic " + secretName + " --from-env-file=.env.ecosystem")
        .put("create", false,
            "Local convenience: let Helm create the Secret from secrets.values, passed in a git-ignored\n"
                + "file (-f secrets.local.yaml). Never commit secret values.")
        .put("values", new CommentedMap(), "KEY: value pairs, used only with create: true.")
        .put("keys", List.copyOf(keys), "Keys the services read; Key Vault syncs exactly these.")
        .put("azureKeyVault", new CommentedMap()
            .put("enabled", false, "Phase 3: sync the Secret from Azure Key Vault with the Secrets Store CSI driver.")
            .put("keyvaultName", "", null)
            .put("tenantId", "", null)
            .put("workloadIdentityClientID", "", "Client ID of the workload identity (preferred).")
            .put("userAssignedIdentityID", "", "Or a VM managed identity's client ID.")
            .put("serviceAccountName", "", "Service account federated with the workload identity.")
            .put("objectNames", new CommentedMap(),
                "Key Vault secret name per key; default: the key in lower case with dashes."), null);
  }

  private static CommentedMap persistence(KubeModel model) {
    CommentedMap volumes = new CommentedMap();
    model.workloads().stream()
        .flatMap(w -> w.claims().stream())
        .map(claim -> claim.claim())
        .distinct()
        .sorted()
        .forEach(claim -> volumes.put(claim, new CommentedMap().with("size", "1Gi")));
    return new CommentedMap()
        .put("storageClass", "", "Empty: the cluster's default class.")
        .put("accessModes", List.of("ReadWriteOnce"), "A volume shared by several services needs ReadWriteMany.")
        .put("volumes", volumes, "One claim per Compose named volume; the schema knows their names.")
        .put("extraVolumes", new CommentedMap(),
            "Claims Compose did not name, e.g. for a service's bindDirectories[].claim: NAME: {size: 1Gi}.");
  }

  private static CommentedMap ingress() {
    return new CommentedMap()
        .put("enabled", true, "Master switch; each service also needs its own ingress.enabled.")
        .put("className", "", "Ingress class: traefik on K3s, nginx with ingress-nginx.")
        .put("domain", "localhost", "Hosts are <service>.<domain> unless a service sets ingress.host.")
        .put("annotations", new CommentedMap(), "Added to every Ingress.")
        .put("tls", new CommentedMap()
            .put("enabled", false, null)
            .put("secretName", "", "Certificate Secret; empty means <service>-tls per service."), null)
        .put("streamingAnnotations", STREAMING_ANNOTATIONS,
            "Added to services with ingress.streaming (SSE, WebSocket): long timeouts, no buffering.\n"
                + "No snippet annotations: ingress-nginx refuses them by default and upgrades WebSockets itself.");
  }

  private static CommentedMap gateway() {
    return new CommentedMap()
        .put("name", "", "The Gateway the HTTPRoutes attach to (parentRefs); empty with create: <release>-gateway.")
        .put("namespace", "", "Its namespace; empty: the chart's. Its listeners must allow routes from here.")
        .put("sectionName", "", "The listener to attach to (e.g. https); empty: every listener that allows it.")
        .put("annotations", new CommentedMap(), "Added to every HTTPRoute.")
        .put("streamTimeout", STREAM_TIMEOUT,
            "HTTPRoute timeouts (request, backendRequest) of services with ingress.streaming.")
        .put("create", false,
            "Emit a Gateway of our own (local clusters); where the platform owns the Gateway leave false.")
        .put("gatewayClassName", "", "Class of the created Gateway, e.g. traefik on K3s; required with create.")
        .put("gatewayAnnotations", new CommentedMap(),
            "Added to the created Gateway, e.g. cert-manager.io/cluster-issuer: letsencrypt.")
        .put("httpPort", 80, "Listener ports of the created Gateway (Traefik on K3s: 8000 and 8443).")
        .put("httpsPort", 443,
            "The HTTPS listener terminates TLS with ingress.tls.secretName (default <gateway>-tls).");
  }

  /** One block per class; values.yaml keeps the limits that hold everywhere, overlays add sizing. */
  private static CommentedMap workloadClasses() {
    return new CommentedMap()
        .put("stateless", new CommentedMap(),
            "Serves requests and keeps nothing: any number of pods, autoscaled where an overlay says.")
        .put("stateful", onePod(),
            "Keeps data (a named volume; a database, search or queue image): one pod, never autoscaled.\n"
                + "An image that clusters (its own replication) needs more than replicas: an operator or its chart.")
        .put("cache", onePod(),
            "An in-memory cache (redis, valkey, memcached...) without a named volume: one pod, never autoscaled\n"
                + "(clients hash keys over fixed addresses, and a new pod starts cold).")
        .put("job", new CommentedMap(), "One-shot Jobs: never autoscaled nor given a disruption budget.");
  }

  private static CommentedMap onePod() {
    return new CommentedMap().with("replicas", 1).with("autoscaling", new CommentedMap().with("enabled", false));
  }

  private static CommentedMap defaults() {
    CommentedMap defaults = new CommentedMap();
    defaults.put("enabled", true);
    defaults.put("kind", "Deployment", "Deployment, StatefulSet or Job.");
    defaults.put("replicas", 1);
    defaults.put("image", new CommentedMap()
        .put("pullPolicy", "IfNotPresent", null)
        .put("builtPullPolicy", "IfNotPresent", "For images Compose builds from source.")
        .put("builtRegistry", "", "Registry prefix for images Compose builds (build once, promote).")
        .put("registry", "",
            "Registry prefix for every other image, the wait-for and test images included\n"
                + "(a mirror or pull-through cache, e.g. mirror.example.com/dockerhub)."), null);
    defaults.put("imagePullSecrets", List.of(),
        "Secrets with registry credentials: names, or {name: ...} entries.");
    defaults.put("strategy", new CommentedMap()
        .with("type", "RollingUpdate")
        .with("rollingUpdate", new CommentedMap().with("maxUnavailable", 0).with("maxSurge", 1)),
        "Zero-downtime rollout: a new pod is ready before an old one goes.");
    defaults.put("terminationGracePeriodSeconds", 45, "Time to finish in-flight work after SIGTERM.");
    defaults.put("preStopSleepSeconds", 5,
        "Delay before SIGTERM so load balancers stop sending traffic; 0 turns it off.");
    defaults.put("podSecurityContext", new CommentedMap()
        .with("runAsNonRoot", true)
        .with("runAsUser", 1000)
        .with("runAsGroup", 1000)
        .with("fsGroup", 1000)
        .with("seccompProfile", new CommentedMap().with("type", "RuntimeDefault")), null);
    defaults.put("securityContext", new CommentedMap()
        .with("allowPrivilegeEscalation", false)
        .with("readOnlyRootFilesystem", true)
        .with("capabilities", new CommentedMap().with("drop", List.of("ALL"))), "Container security context.");
    defaults.put("writablePaths", MountPlanner.DEFAULT_WRITABLE_PATHS,
        "emptyDirs mounted in every container, since the root filesystem is read-only.");
    defaults.put("resources", new CommentedMap());
    defaults.put("autoscaling", new CommentedMap()
        .with("enabled", false)
        .with("minReplicas", 2)
        .with("maxReplicas", 5)
        .with("targetCPUUtilizationPercentage", 70)
        .put("targetMemoryUtilizationPercentage", 0,
            "0: off. Most runtimes keep memory they once used, so a memory target rarely scales down;\n"
                + "set e.g. 80 to scale on memory as well as CPU."),
        "HorizontalPodAutoscaler (autoscaling/v2), on CPU unless a memory target is set.");
    defaults.put("podDisruptionBudget", new CommentedMap()
        .with("enabled", true)
        .with("maxUnavailable", 1), "Created for services running two or more pods.");
    defaults.put("topologySpread", new CommentedMap()
        .with("enabled", false)
        .with("maxSkew", 1)
        .with("topologyKey", "kubernetes.io/hostname")
        .with("whenUnsatisfiable", "ScheduleAnyway"), "Spread a service's pods across nodes.");
    defaults.put("waitForDependencies", new CommentedMap()
        .with("enabled", true)
        .with("image", "busybox:1.36.1")
        .with("timeoutSeconds", 300)
        .with("resources", new CommentedMap()
            .with("limits", new CommentedMap().with("cpu", "50m").with("memory", "32Mi"))
            .with("requests", new CommentedMap().with("cpu", "10m").with("memory", "16Mi"))),
        "Init containers for Compose depends_on.");
    defaults.put("job", new CommentedMap()
        .with("hook", false)
        .put("restartPolicy", JOB_RESTART_POLICY, "OnFailure retries in the pod; Never retries with new pods.")
        .with("backoffLimit", 3)
        .with("ttlSecondsAfterFinished", 3600), "For one-shot services (kind: Job).");
    defaults.put("service", new CommentedMap()
        .put("type", "ClusterIP", "ClusterIP, NodePort or LoadBalancer.")
        .put("annotations", new CommentedMap(), "Added to the Service (cloud load balancer settings).")
        .put("labels", new CommentedMap(), "Added to the Service's labels."), null);
    defaults.put("automountServiceAccountToken", false, "Services from Compose do not call the Kubernetes API.");
    defaults.put("serviceAccount", new CommentedMap()
        .put("create", false, "Create a ServiceAccount (named name, else after the service) for the pods.")
        .put("name", "", "ServiceAccount the pods run as; empty: the created one, else the namespace default.")
        .put("annotations", new CommentedMap(), "Added to the created ServiceAccount (workload identity)."), null);
    defaults.put("priorityClassName", "", "PriorityClass of the pods; empty: the cluster default.");
    defaults.put("nodeSelector", new CommentedMap(), "Node labels the pods must run on.");
    defaults.put("tolerations", List.of(), "Taints the pods tolerate (Kubernetes tolerations).");
    defaults.put("affinity", new CommentedMap(), "Kubernetes affinity of the pods (node, pod, anti-affinity).");
    defaults.put("podLabels", new CommentedMap(), "Added to the pods' labels.");
    defaults.put("podAnnotations", new CommentedMap());
    defaults.put("networks", List.of("default"), "Compose networks; services that name none are on default.");
    return defaults;
  }
}
