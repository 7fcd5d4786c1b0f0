package io.compose2helm.chart;

import io.compose2helm.chart.DeployScriptModel.ImageBuild;
import io.compose2helm.chart.DeployScriptModel.PortHint;
import io.compose2helm.chart.DeployScriptModel.SecretKey;
import io.compose2helm.chart.DeployScriptModel.Service;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns a {@link DeployScriptModel} into the FreeMarker data model of the deploy script. Every
 * value is already a single-quoted bash word, so the template cannot forget to quote one and a
 * user-written name can never become shell code.
 */
final class DeployScriptData {

  private DeployScriptData() {}

  static Map<String, Object> of(DeployScriptModel model) {
    Map<String, Object> data = new LinkedHashMap<>();
    // Raw, for comments only; the template must not put it in a command.
    data.put("chartNameComment", model.chartName().replaceAll("[\\r\\n]", " "));
    data.put("chartName", ShellQuote.quote(model.chartName()));
    data.put("chartDir", ShellQuote.quote(model.chartDir()));
    data.put("secretName", ShellQuote.quote(model.secretName()));
    data.put("envFile", ShellQuote.quote(model.envFile()));
    data.put("defaultNamespace", ShellQuote.quote(model.defaultNamespace()));
    data.put("builds", builds(model.services()));
    data.put("rollouts", rollouts(model.services()));
    data.put("ports", ports(model.services()));
    data.put("secretKeys", secretKeys(model.secretKeys()));
    return data;
  }

  private static List<Map<String, String>> builds(List<Service> services) {
    List<Map<String, String>> builds = new ArrayList<>();
    for (Service service : services) {
      if (service.build().isPresent()) {
        builds.add(build(service));
      }
    }
    return Collections.unmodifiableList(builds);
  }

  private static List<String> rollouts(List<Service> services) {
    List<String> rollouts = new ArrayList<>();
    for (Service service : services) {
      if (service.rolloutKind() != null) {
        rollouts.add(ShellQuote.quote(service.rolloutKind() + "/" + service.name()));
      }
    }
    return Collections.unmodifiableList(rollouts);
  }

  private static List<Map<String, String>> ports(List<Service> services) {
    List<Map<String, String>> ports = new ArrayList<>();
    for (Service service : services) {
      if (service.port().isPresent()) {
        ports.add(port(service));
      }
    }
    return Collections.unmodifiableList(ports);
  }

  /** Each key alone, or followed by its Compose default. */
  private static List<String> secretKeys(List<SecretKey> keys) {
    List<String> words = new ArrayList<>();
    for (SecretKey key : keys) {
      Optional<String> composeDefault = key.composeDefault();
      words.add(composeDefault.isPresent()
          ? ShellQuote.quote(key.name()) + " " + ShellQuote.quote(composeDefault.get())
          : ShellQuote.quote(key.name()));
    }
    return Collections.unmodifiableList(words);
  }

  private static Map<String, String> build(Service service) {
    ImageBuild build = service.build().orElseThrow();
    return Map.of(
        "image", ShellQuote.quote(service.image()),
        "context", ShellQuote.quote(build.context()),
        "dockerfile", ShellQuote.quote(build.dockerfile()),
        "target", ShellQuote.quote(build.target().orElse("")));
  }

  private static Map<String, String> port(Service service) {
    PortHint port = service.port().orElseThrow();
    return Map.of(
        "name", ShellQuote.quote(service.name()),
        "containerPort", ShellQuote.quote(Integer.toString(port.containerPort())),
        "localPort", ShellQuote.quote(Integer.toString(port.localPort())));
  }
}
