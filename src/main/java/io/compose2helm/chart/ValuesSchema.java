package io.compose2helm.chart;

import static io.compose2helm.chart.JsonSchemas.arrayOf;
import static io.compose2helm.chart.JsonSchemas.bool;
import static io.compose2helm.chart.JsonSchemas.closedObject;
import static io.compose2helm.chart.JsonSchemas.enumOf;
import static io.compose2helm.chart.JsonSchemas.integer;
import static io.compose2helm.chart.JsonSchemas.mapOf;
import static io.compose2helm.chart.JsonSchemas.openObject;
import static io.compose2helm.chart.JsonSchemas.port;
import static io.compose2helm.chart.JsonSchemas.props;
import static io.compose2helm.chart.JsonSchemas.ref;
import static io.compose2helm.chart.JsonSchemas.scalar;
import static io.compose2helm.chart.JsonSchemas.string;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import io.compose2helm.kube.WorkloadClass;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * values.schema.json: the shape of values.yaml, so that {@code helm lint} and {@code helm install}
 * reject a misspelled key or a wrong type in an overlay before anything reaches a cluster. Service
 * blocks and {@code defaults} share one closed definition. The Kubernetes objects values pass through
 * to pods (security contexts, probes, resources, affinity, tolerations, strategy) are checked against
 * the vendored {@link KubernetesDefinitions}, copied under {@code $defs} as far as the chart uses them.
 */
public final class ValuesSchema {

  /** Azure tenant and client IDs. */
  static final String GUID_PATTERN = "^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$";
  /** Azure's rule for vault names: 3-24 letters, digits and dashes, starting with a letter. */
  static final String KEY_VAULT_NAME_PATTERN = "^[a-zA-Z][a-zA-Z0-9-]{1,22}[a-zA-Z0-9]$";

  /**
   * The names a container may give a resource: the built-in ones, huge pages, and extended resources,
   * which always carry a domain ({@code nvidia.com/gpu}), so {@code memroy} fails.
   */
  static final String RESOURCE_NAME_PATTERN = "^(cpu|memory|ephemeral-storage|hugepages-[0-9A-Za-z.]+|[a-z0-9.-]+/[-A-Za-z0-9_.]+)$";

  private final List<String> serviceNames;
  private final List<String> volumeNames;
  private final KubernetesDefinitions kubernetes = KubernetesDefinitions.get();

  /** @param serviceNames the services the chart was generated with; @param volumeNames its claims */
  public ValuesSchema(Collection<String> serviceNames, Collection<String> volumeNames) {
    this.serviceNames = List.copyOf(new TreeSet<>(serviceNames));
    this.volumeNames = List.copyOf(new TreeSet<>(volumeNames));
  }

  public String render() {
    Map<String, Object> schema = new LinkedHashMap<>();
    schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    schema.put("title", "compose2helm chart values");
    schema.put("$comment", "$defs other than service and probe are Kubernetes " + KubernetesDefinitions.KUBERNETES_VERSION
        + " definitions, generated from the official Kubernetes client models.");
    schema.putAll(closedObject(props(
        "nameOverride", string(),
        "namespaceOverride", string(),
        "forceReplicas", integer(0),
        "hostGateway", closedObject(props("ip", string())),
        "secrets", secrets(),
        "persistence", persistence(),
        "ingress", ingress(),
        "routing", enumOf("gateway", "ingress", "none"),
        "exposure", enumOf("published", "public"),
        "gateway", gateway(),
        "networkPolicies", closedObject(props("enabled", bool(), "ingressControllerNamespaces", arrayOf(string()))),
        "defaults", ref("service"),
        "workloadClasses", closedObject(workloadClasses()),
        "services", knownNames(serviceNames, ref("service")),
        "global", openObject())));
    Map<String, Object> definitions = props("service", service(), "probe", probe());
    // Both the document and the chart's own definitions name Kubernetes ones (persistence sizes are Quantities).
    definitions.putAll(kubernetes.referencedBy(List.of(schema, definitions)));
    schema.put("$defs", definitions);
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
    return JsonText.write(schema, printer) + "\n";
  }

  /** A block per workload class, each shaped like a service's. */
  private static Map<String, Object> workloadClasses() {
    Map<String, Object> classes = new LinkedHashMap<>();
    for (String name : WorkloadClass.valueNames()) {
      classes.put(name, ref("service"));
    }
    return classes;
  }

  /** Empty (a placeholder the templates' required names) or a value of the given form. */
  private static Map<String, Object> emptyOr(String pattern) {
    Map<String, Object> schema = string();
    schema.put("pattern", "^$|" + pattern);
    return schema;
  }

  private static Map<String, Object> secrets() {
    return closedObject(props(
        "existingSecret", string(),
        "create", bool(),
        "values", mapOf(scalar()),
        "keys", arrayOf(string()),
        "azureKeyVault", closedObject(props(
            "enabled", bool(),
            "keyvaultName", emptyOr(KEY_VAULT_NAME_PATTERN),
            "tenantId", emptyOr(GUID_PATTERN),
            "workloadIdentityClientID", emptyOr(GUID_PATTERN),
            "userAssignedIdentityID", emptyOr(GUID_PATTERN),
            "serviceAccountName", string(),
            "objectNames", mapOf(string())))));
  }

  /**
   * An object whose keys are the names the chart was generated with: a misspelled service or volume
   * fails lint with the list of the known ones (propertyNames), rather than adding a stray block.
   */
  private static Map<String, Object> knownNames(List<String> names, Map<String, Object> values) {
    Map<String, Object> schema = new LinkedHashMap<>();
    schema.put("type", "object");
    Map<String, Object> properties = new LinkedHashMap<>();
    for (String name : names) {
      properties.put(name, values);
    }
    schema.put("properties", properties);
    if (!names.isEmpty()) {
      schema.put("propertyNames", enumOf(names.toArray(new String[0])));
    }
    schema.put("additionalProperties", false);
    return schema;
  }

  /** Kubernetes resource requirements, with the resource names checked too (the API leaves them free). */
  @SuppressWarnings("unchecked")
  private Map<String, Object> resources() {
    Map<String, Object> properties = new LinkedHashMap<>(kubernetes.properties("V1ResourceRequirements"));
    for (String list : List.of("limits", "requests")) {
      // patternProperties rather than propertyNames: Helm's message then names the map and the key.
      Map<String, Object> named = new LinkedHashMap<>((Map<String, Object>) properties.get(list));
      Object quantity = named.get("additionalProperties");
      named.put("patternProperties", props(RESOURCE_NAME_PATTERN, quantity));
      named.put("additionalProperties", false);
      properties.put(list, named);
    }
    return closedObject(properties);
  }

  private Map<String, Object> persistence() {
    Map<String, Object> accessModes = arrayOf(enumOf("ReadWriteOnce", "ReadOnlyMany", "ReadWriteMany", "ReadWriteOncePod"));
    Map<String, Object> volume = closedObject(props("size", ref("Quantity"), "storageClass", string(), "accessModes", accessModes));
    return closedObject(props(
        "storageClass", string(),
        "accessModes", accessModes,
        "volumes", knownNames(volumeNames, volume),
        "extraVolumes", mapOf(volume)));
  }

  private static Map<String, Object> ingress() {
    return closedObject(props(
        "enabled", bool(),
        "className", string(),
        "domain", string(),
        "annotations", mapOf(string()),
        "tls", closedObject(props("enabled", bool(), "secretName", string())),
        "streamingAnnotations", mapOf(string())));
  }

  private static Map<String, Object> gateway() {
    Map<String, Object> duration = new LinkedHashMap<>(string());
    duration.put("pattern", "^([0-9]{1,5}(h|m|s|ms)){1,4}$");
    return closedObject(props(
        "name", string(),
        "namespace", string(),
        "sectionName", string(),
        "annotations", mapOf(string()),
        "streamTimeout", duration,
        "create", bool(),
        "gatewayClassName", string(),
        "gatewayAnnotations", mapOf(string()),
        "httpPort", port(),
        "httpsPort", port()));
  }

  private Map<String, Object> service() {
    Map<String, Object> pullPolicy = enumOf("Always", "IfNotPresent", "Never");
    return closedObject(props(
        "enabled", bool(),
        "kind", enumOf("Deployment", "StatefulSet", "Job"),
        "knownImage", string(),
        "workloadClass", enumOf(WorkloadClass.valueNames()),
        "replicas", integer(0),
        "image", closedObject(props(
            "repository", string(), "tag", scalar(), "digest", string(), "built", bool(),
            "pullPolicy", pullPolicy, "builtPullPolicy", pullPolicy, "builtRegistry", string(),
            "registry", string())),
        "imagePullSecrets", arrayOf(Map.of("anyOf", java.util.List.of(string(), closedObject(props("name", string()))))),
        "serviceAccount", closedObject(props("create", bool(), "name", string(), "annotations", mapOf(string()))),
        "priorityClassName", string(),
        "nodeSelector", mapOf(string()),
        "tolerations", arrayOf(ref("V1Toleration")),
        "affinity", ref("V1Affinity"),
        "podLabels", mapOf(string()),
        "command", arrayOf(string()),
        "args", arrayOf(string()),
        "workingDir", string(),
        "tty", bool(),
        "stdin", bool(),
        "shareProcessNamespace", bool(),
        "dnsConfig", closedObject(props("searches", arrayOf(string()),
            "options", arrayOf(closedObject(props("name", string(), "value", string()))))),
        "ports", arrayOf(closedObject(props(
            "name", string(), "containerPort", port(), "protocol", enumOf("TCP", "UDP", "SCTP"), "localPort", port()))),
        "serviceAliases", arrayOf(string()),
        "probes", closedObject(props("liveness", ref("probe"), "readiness", ref("probe"), "startup", ref("probe"))),
        "env", mapOf(scalar()),
        "secretEnv", mapOf(closedObject(props("key", string(), "optional", bool()))),
        "dependentEnv", mapOf(scalar()),
        "hostAliases", arrayOf(closedObject(props("ip", string(), "hostGateway", bool(), "hostnames", arrayOf(string())))),
        "resources", resources(),
        "podSecurityContext", ref("V1PodSecurityContext"),
        "securityContext", ref("V1SecurityContext"),
        "strategy", ref("V1DeploymentStrategy"),
        "terminationGracePeriodSeconds", integer(0),
        "preStopSleepSeconds", integer(0),
        "writablePaths", arrayOf(string()),
        "extraWritablePaths", arrayOf(string()),
        "memoryPaths", arrayOf(string()),
        "podAnnotations", mapOf(string()),
        "networks", arrayOf(string()),
        "ingress", closedObject(props(
            "enabled", bool(), "public", bool(), "streaming", enumOf("sse", "websocket"), "host", string(), "path", string(),
            "port", port(), "annotations", mapOf(string()))),
        "autoscaling", closedObject(props(
            "enabled", bool(), "minReplicas", integer(1), "maxReplicas", integer(1),
            "targetCPUUtilizationPercentage", integer(1), "targetMemoryUtilizationPercentage", integer(0))),
        "service", closedObject(props(
            "type", enumOf("ClusterIP", "NodePort", "LoadBalancer"), "annotations", mapOf(string()), "labels", mapOf(string()))),
        "automountServiceAccountToken", bool(),
        "podDisruptionBudget", closedObject(props("enabled", bool(), "maxUnavailable", props("type", List.of("integer", "string")))),
        "topologySpread", closedObject(props(
            "enabled", bool(), "maxSkew", integer(1), "topologyKey", string(),
            "whenUnsatisfiable", enumOf("DoNotSchedule", "ScheduleAnyway"))),
        "waitForDependencies", closedObject(props(
            "enabled", bool(), "image", string(), "timeoutSeconds", integer(1), "resources", resources())),
        "job", closedObject(props("hook", bool(), "restartPolicy", enumOf("OnFailure", "Never"), "backoffLimit", integer(0),
            "ttlSecondsAfterFinished", integer(0))),
        "claims", arrayOf(closedObject(props("claim", string(), "mountPath", string(), "subPath", string(), "readOnly", bool()))),
        "bindDirectories", arrayOf(closedObject(props("source", string(), "mountPath", string(), "claim", string()))),
        "waitFor", arrayOf(closedObject(props("service", string(), "port", port(), "healthy", bool()))),
        "secretFiles", arrayOf(closedObject(props("secret", string(), "key", string(), "mountPath", string()))),
        "configFiles", arrayOf(closedObject(props("key", string(), "mountPath", string())))));
  }

  /**
   * A Kubernetes probe plus the chart's switch ({@code enabled}): its keys are those of the V1Probe
   * definition, with the lower bounds the API server enforces on the counts.
   */
  private Map<String, Object> probe() {
    Map<String, Object> properties = props("enabled", bool());
    properties.putAll(kubernetes.properties("V1Probe"));
    properties.putAll(props(
        "initialDelaySeconds", integer(0),
        "periodSeconds", integer(1),
        "timeoutSeconds", integer(1),
        "failureThreshold", integer(1),
        "successThreshold", integer(1),
        "terminationGracePeriodSeconds", integer(1)));
    return closedObject(properties);
  }
}
