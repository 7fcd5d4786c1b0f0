package io.compose2helm.kube;

import java.util.List;

/** The Kubernetes view of a whole project: workloads sorted by name, and the secret variables. */
public record KubeModel(String projectName, List<Workload> workloads, SecretVariables secrets) {}
