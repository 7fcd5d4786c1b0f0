package io.compose2helm.chart;

import io.compose2helm.chart.DeployScriptModel.ImageBuild;
import io.compose2helm.chart.DeployScriptModel.PortHint;
import io.compose2helm.chart.DeployScriptModel.Service;
import java.util.List;
import java.util.Optional;

/** Deploy-script models shared by the tests. */
final class DeployScriptFixtures {

  private DeployScriptFixtures() {}

  /** Two services built from source (one with a build stage), one stock image. */
  static DeployScriptModel threeServices() {
    return new DeployScriptModel("bytelyst", "bytelyst", "bytelyst-env", ".env.ecosystem", "bytelyst", List.of(
        new Service("api", "bytelyst/api:local",
            Optional.of(new ImageBuild("services/api", "services/api/Dockerfile", Optional.of("runtime"))),
            Optional.of(new PortHint(4001, 4001)), "deployment"),
        new Service("web", "bytelyst/web:local",
            Optional.of(new ImageBuild("services/web", "services/web/Dockerfile.local", Optional.empty())),
            Optional.of(new PortHint(3000, 8080)), "deployment"),
        new Service("redis", "redis:7.2-alpine", Optional.empty(), Optional.empty(), "deployment")));
  }

  static DeployScriptModel noServices() {
    return new DeployScriptModel("empty", "empty", "empty-env", ".env.ecosystem", "empty", List.of());
  }
}
