package io.compose2helm.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class DeploymentStrategyRulesTest {

  private static final String DEPLOYMENT = """
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: api
      spec:
        selector:
          matchLabels: {app: api}
        strategy:
          STRATEGY
        template:
          metadata:
            labels: {app: api}
          spec:
            containers:
              - name: api
                image: app:1
      """;

  private final KubeSchema schema = KubeSchema.standard();

  private List<String> problems(String strategy) {
    return schema.validate(DEPLOYMENT.replace("STRATEGY", strategy)).stream().map(ManifestProblem::toString).toList();
  }

  @Test
  void validate_rollingUpdateOrBareRecreate_hasNoProblem() {
    assertEquals(List.of(), problems("type: RollingUpdate\n    rollingUpdate: {maxSurge: 1, maxUnavailable: 0}"));
    assertEquals(List.of(), problems("type: Recreate"));
  }

  @Test
  void validate_recreateWithRollingUpdate_isAProblem() {
    assertEquals(List.of("Deployment/api: spec.strategy.rollingUpdate: may not be specified when strategy `type` is"
        + " 'Recreate'"), problems("type: Recreate\n    rollingUpdate: {maxSurge: 1, maxUnavailable: 0}"));
  }
}
