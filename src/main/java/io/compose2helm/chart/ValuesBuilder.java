package io.compose2helm.chart;

import io.compose2helm.kube.ClaimMount;
import io.compose2helm.kube.KubeModel;
import io.compose2helm.kube.MountPlanner;
import io.compose2helm.kube.SecretEnvRef;
import io.compose2helm.kube.Workload;
import java.util.List;
import java.util.Map;

/**
 * Builds values.yaml: chart-wide settings, the environment-wide {@code defaults}, the per-class
 * {@code workloadClasses} and a block per service; a service gets defaults, then its class's block,
 * then its own, which holds what Compose said about it and the class the tool gave it.
 */
public final class ValuesBuilder {

  /**
   * The roadmap's SSE/WebSocket tuning for ingress-nginx, without its configuration-snippet: a default
   * controller (1.9 and later) refuses snippet annotations, and it forwards WebSocket upgrades itself.
   */
  static final Map<String, Object> STREAMING_ANNOTATIONS =
      new CommentedMap()
          .put("nginx.ingress.kubernetes.io/proxy-read-timeout", "1800", "Seconds a stream may wait for the service.")
          .put("nginx.ingress.kubernetes.io/proxy-send-timeout", "1800", "Seconds a stream may wait for the client.")
          .put("nginx.ingress.kubernetes.io/proxy-buffering", "off", "Events reach the client as they are sent.")
          .put("nginx.ingress.kubernetes.io/proxy-request-buffering", "off", "Uploads stream to the service as they arrive.");

  /** How long a stream (SSE, WebSocket) may stay open on the Gateway path, as the roadmap asks. */
  static final String STREAM_TIMEOUT = "1800s";

  /** The pod restart policy of a Job unless Compose says it never restarts. */
  static final String JOB_RESTART_POLICY = "OnFailure";

  public CommentedMap build(KubeModel model, String secretName) {
    CommentedMap values = new CommentedMap();
    values.section("Global parameters", "nameOverride", "", "Replaces the chart name in labels.");
    values.put("namespaceOverride", "",
        "Namespace of every object; empty means the release namespace (helm --namespace).");
    values.section("Secrets", "secrets", secrets(model, secretName), "Secret variables: never in this file, only their names.");
    values.section("Persistence", "persistence", persistence(model), "PersistentVolumeClaims for Compose named volumes.");
    values.section("Cluster", "forceReplicas", 0,
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
        "NetworkPolicies made from the Compose networks.");
    values.section("Routing: Ingress and Gateway API", "routing", "ingress",
        "How services with ingress.enabled are reached from outside: gateway (an HTTPRoute each, Gateway API),\n"
            + "ingress (an Ingress each) or none.");
    values.put("exposure", "published",
        "Which of them are routed: published (every port Compose published) or public (only services\n"
            + "with ingress.public, as dev and prod do).");
    values.put("ingress", ingress(),
        "Ingress settings shared by every service that has ingress.enabled; domain and tls serve both paths.");
    values.put("gateway", gateway(), "The Gateway API path (routing: gateway).");
    values.section("Defaults of every service", "defaults", defaults(),
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
    values.section("Services", "services", services, "One block per Compose service, named like its Kubernetes Service.");
    return values;
  }

  /** The keys the services read from the Secret, sorted. */
  static java.util.SortedSet<String> secretKeys(KubeModel model) {
    java.util.TreeSet<String> keys = new java.util.TreeSet<>();
    for (Workload workload : model.workloads()) {
      for (SecretEnvRef ref : workload.secretEnv().values()) {
        keys.add(ref.secretKey());
      }
    }
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
            .put("keyvaultName", "", "Name of the Key Vault holding the secrets.")
            .put("tenantId", "", "Azure AD tenant of the vault.")
            .put("workloadIdentityClientID", "", "Client ID of the workload identity (preferred).")
            .put("userAssignedIdentityID", "", "Or a VM managed identity's client ID.")
            .put("serviceAccountName", "", "Service account federated with the workload identity.")
            .put("objectNames", new CommentedMap(),
                "Key Vault secret name per key; default: the key in lower case with dashes."), null);
  }

  private static CommentedMap persistence(KubeModel model) {
    CommentedMap volumes = new CommentedMap();
    for (String claim : claimNames(model)) {
      volumes.put(claim, new CommentedMap()
          .put("size", "1Gi", "Requested size of the claim for the Compose volume '" + claim + "'."));
    }
    return new CommentedMap()
        .put("storageClass", "", "Empty: the cluster's default class.")
        .put("accessModes", List.of("ReadWriteOnce"), "A volume shared by several services needs ReadWriteMany.")
        .put("volumes", volumes, "One claim per Compose named volume; the schema knows their names.")
        .put("extraVolumes", new CommentedMap(),
            "Claims Compose did not name, e.g. for a service's bindDirectories[].claim: NAME: {size: 1Gi}.");
  }

  /** Every claim any workload mounts, once each, sorted. */
  private static java.util.SortedSet<String> claimNames(KubeModel model) {
    java.util.TreeSet<String> claims = new java.util.TreeSet<>();
    for (Workload workload : model.workloads()) {
      for (ClaimMount mount : workload.claims()) {
        claims.add(mount.claim());
      }
    }
    return claims;
  }

  private static CommentedMap ingress() {
    return new CommentedMap()
        .put("enabled", true, "Master switch; each service also needs its own ingress.enabled.")
        .put("className", "", "Ingress class: traefik on K3s, nginx with ingress-nginx.")
        .put("domain", "localhost", "Hosts are <service>.<domain> unless a service sets ingress.host.")
        .put("annotations", new CommentedMap(), "Added to every Ingress.")
        .put("tls", new CommentedMap()
            .put("enabled", false, "Serve HTTPS with the certificate below.")
            .put("secretName", "", "Certificate Secret; empty means <service>-tls per service."),
            "TLS of the Ingresses (the created Gateway's HTTPS listener uses secretName too).")
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
    return new CommentedMap()
        .put("replicas", 1, "One pod: the class keeps state a second pod would not share.")
        .put("autoscaling", new CommentedMap().put("enabled", false, "No HorizontalPodAutoscaler for this class."),
            null);
  }

  private static CommentedMap defaults() {
    CommentedMap defaults = new CommentedMap();
    defaults.put("enabled", true, "Render the service; false leaves it out.");
    defaults.put("kind", "Deployment", "Deployment, StatefulSet or Job.");
    defaults.put("replicas", 1, "Pods per service, unless autoscaling is enabled.");
    defaults.put("image", new CommentedMap()
        .put("pullPolicy", "IfNotPresent", "Pull policy of images from a registry.")
        .put("builtPullPolicy", "IfNotPresent", "For images Compose builds from source.")
        .put("builtRegistry", "", "Registry prefix for images Compose builds (build once, promote).")
        .put("registry", "",
            "Registry prefix for every other image, the wait-for and test images included\n"
                + "(a mirror or pull-through cache, e.g. mirror.example.com/dockerhub)."), "Where images are pulled from.");
    defaults.put("imagePullSecrets", List.of(),
        "Secrets with registry credentials: names, or {name: ...} entries.");
    defaults.put("strategy", new CommentedMap()
        .put("type", "RollingUpdate", "Deployment strategy type.")
        .put("rollingUpdate", new CommentedMap()
            .put("maxUnavailable", 0, "Pods that may be missing during a rollout.")
            .put("maxSurge", 1, "Pods that may run above replicas during a rollout."), null),
        "Zero-downtime rollout: a new pod is ready before an old one goes.");
    defaults.put("terminationGracePeriodSeconds", 45, "Time to finish in-flight work after SIGTERM.");
    defaults.put("preStopSleepSeconds", 5,
        "Delay before SIGTERM so load balancers stop sending traffic; 0 turns it off.");
    defaults.put("podSecurityContext", new CommentedMap()
        .put("runAsNonRoot", true, "Refuse to start a container as root.")
        .put("runAsUser", 1000, "User ID the containers run as.")
        .put("runAsGroup", 1000, "Group ID the containers run as.")
        .put("fsGroup", 1000, "Group that owns mounted volumes, so a non-root user can write them.")
        .put("seccompProfile", new CommentedMap()
            .put("type", "RuntimeDefault", "Seccomp profile: the container runtime's default filter."), null),
        "Pod security context (Kubernetes PodSecurityContext).");
    defaults.put("securityContext", new CommentedMap()
        .put("allowPrivilegeEscalation", false, "No process gains more privileges than its parent.")
        .put("readOnlyRootFilesystem", true, "The image's files cannot be changed; writablePaths are emptyDirs.")
        .put("capabilities", new CommentedMap()
            .put("drop", List.of("ALL"), "Linux capabilities removed; a service block may add some back."), null),
        "Container security context.");
    defaults.put("writablePaths", MountPlanner.DEFAULT_WRITABLE_PATHS,
        "emptyDirs mounted in every container, since the root filesystem is read-only.");
    defaults.put("resources", new CommentedMap(), "Kubernetes resources (requests, limits) of each container.");
    defaults.put("autoscaling", new CommentedMap()
        .put("enabled", false, "Create a HorizontalPodAutoscaler; replicas is then its starting point.")
        .put("minReplicas", 2, "Fewest pods.")
        .put("maxReplicas", 5, "Most pods.")
        .put("targetCPUUtilizationPercentage", 70, "Average CPU use, in percent of the request, to scale at.")
        .put("targetMemoryUtilizationPercentage", 0,
            "0: off. Most runtimes keep memory they once used, so a memory target rarely scales down;\n"
                + "set e.g. 80 to scale on memory as well as CPU."),
        "HorizontalPodAutoscaler (autoscaling/v2), on CPU unless a memory target is set.");
    defaults.put("podDisruptionBudget", new CommentedMap()
        .put("enabled", true, "Create a PodDisruptionBudget.")
        .put("maxUnavailable", 1, "Pods a voluntary disruption (node drain) may take down at once."),
        "Created for services running two or more pods.");
    defaults.put("topologySpread", new CommentedMap()
        .put("enabled", false, "Add a topology spread constraint.")
        .put("maxSkew", 1, "Largest difference in pod count between two domains.")
        .put("topologyKey", "kubernetes.io/hostname", "Node label that defines a domain.")
        .put("whenUnsatisfiable", "ScheduleAnyway", "ScheduleAnyway prefers spreading; DoNotSchedule requires it."),
        "Spread a service's pods across nodes.");
    defaults.put("waitForDependencies", new CommentedMap()
        .put("enabled", true, "Wait for the Services a pod depends on before starting it.")
        .put("image", "busybox:1.36.1", "Image of the init containers (pulled through image.registry).")
        .put("timeoutSeconds", 300, "How long to wait before the pod fails.")
        .put("resources", new CommentedMap()
            .put("limits", new CommentedMap()
                .put("cpu", "50m", "CPU limit of an init container.")
                .put("memory", "32Mi", "Memory limit of an init container."), null)
            .put("requests", new CommentedMap()
                .put("cpu", "10m", "CPU request of an init container.")
                .put("memory", "16Mi", "Memory request of an init container."), null), null),
        "Init containers for Compose depends_on.");
    defaults.put("job", new CommentedMap()
        .put("hook", false, "Run as a Helm hook rather than a plain Job.")
        .put("restartPolicy", JOB_RESTART_POLICY, "OnFailure retries in the pod; Never retries with new pods.")
        .put("backoffLimit", 3, "Retries before the Job fails.")
        .put("ttlSecondsAfterFinished", 3600, "Seconds a finished Job is kept before Kubernetes deletes it."),
        "For one-shot services (kind: Job).");
    defaults.put("service", new CommentedMap()
        .put("type", "ClusterIP", "ClusterIP, NodePort or LoadBalancer.")
        .put("annotations", new CommentedMap(), "Added to the Service (cloud load balancer settings).")
        .put("labels", new CommentedMap(), "Added to the Service's labels."), "The Kubernetes Service of a service with ports.");
    defaults.put("automountServiceAccountToken", false, "Services from Compose do not call the Kubernetes API.");
    defaults.put("serviceAccount", new CommentedMap()
        .put("create", false, "Create a ServiceAccount (named name, else after the service) for the pods.")
        .put("name", "", "ServiceAccount the pods run as; empty: the created one, else the namespace default.")
        .put("annotations", new CommentedMap(), "Added to the created ServiceAccount (workload identity)."),
        "The identity the pods run with.");
    defaults.put("priorityClassName", "", "PriorityClass of the pods; empty: the cluster default.");
    defaults.put("nodeSelector", new CommentedMap(), "Node labels the pods must run on.");
    defaults.put("tolerations", List.of(), "Taints the pods tolerate (Kubernetes tolerations).");
    defaults.put("affinity", new CommentedMap(), "Kubernetes affinity of the pods (node, pod, anti-affinity).");
    defaults.put("podLabels", new CommentedMap(), "Added to the pods' labels.");
    defaults.put("podAnnotations", new CommentedMap(), "Added to the pods' annotations.");
    defaults.put("networks", List.of("default"), "Compose networks; services that name none are on default.");
    return defaults;
  }
}
