package io.compose2helm.testing;

import io.kubernetes.client.openapi.models.*;
import java.util.Map;
import java.util.Optional;

/** Maps a manifest's apiVersion + kind to the official client model that describes it. */
final class KubeModelTable {

  private static final Map<String, Class<?>> MODELS = Map.ofEntries(
      Map.entry(key("v1", "ConfigMap"), V1ConfigMap.class),
      Map.entry(key("v1", "Secret"), V1Secret.class),
      Map.entry(key("v1", "Service"), V1Service.class),
      Map.entry(key("v1", "ServiceAccount"), V1ServiceAccount.class),
      Map.entry(key("v1", "Pod"), V1Pod.class),
      Map.entry(key("v1", "PersistentVolumeClaim"), V1PersistentVolumeClaim.class),
      Map.entry(key("v1", "Namespace"), V1Namespace.class),
      Map.entry(key("v1", "LimitRange"), V1LimitRange.class),
      Map.entry(key("v1", "ResourceQuota"), V1ResourceQuota.class),
      Map.entry(key("apps/v1", "Deployment"), V1Deployment.class),
      Map.entry(key("apps/v1", "StatefulSet"), V1StatefulSet.class),
      Map.entry(key("apps/v1", "DaemonSet"), V1DaemonSet.class),
      Map.entry(key("batch/v1", "Job"), V1Job.class),
      Map.entry(key("batch/v1", "CronJob"), V1CronJob.class),
      Map.entry(key("networking.k8s.io/v1", "Ingress"), V1Ingress.class),
      Map.entry(key("networking.k8s.io/v1", "NetworkPolicy"), V1NetworkPolicy.class),
      Map.entry(key("autoscaling/v2", "HorizontalPodAutoscaler"), V2HorizontalPodAutoscaler.class),
      Map.entry(key("policy/v1", "PodDisruptionBudget"), V1PodDisruptionBudget.class),
      Map.entry(key("rbac.authorization.k8s.io/v1", "Role"), V1Role.class),
      Map.entry(key("rbac.authorization.k8s.io/v1", "RoleBinding"), V1RoleBinding.class),
      Map.entry(key("rbac.authorization.k8s.io/v1", "ClusterRole"), V1ClusterRole.class),
      Map.entry(key("rbac.authorization.k8s.io/v1", "ClusterRoleBinding"),
          V1ClusterRoleBinding.class));

  private KubeModelTable() {}

  static Optional<Class<?>> modelFor(String apiVersion, String kind) {
    return Optional.ofNullable(MODELS.get(key(apiVersion, kind)));
  }

  static String key(String apiVersion, String kind) {
    return apiVersion + "/" + kind;
  }
}
