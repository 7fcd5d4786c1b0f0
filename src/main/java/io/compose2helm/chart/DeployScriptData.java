package io.compose2helm.chart;

import io.compose2helm.chart.DeployScriptModel.ImageBuild;
import io.compose2helm.chart.DeployScriptModel.PortHint;
import io.compose2helm.chart.DeployScriptModel.Service;
import java.util.LinkedHashMap;
import java.util.Map;

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
    data.put("builds", model.services().stream()
        .filter(service -> service.build().isPresent())
        .map(DeployScriptData::build)
        .toList());
    data.put("rollouts", model.services().stream()
        .filter(service -> service.rolloutKind() != null)
        .map(service -> ShellQuote.quote(service.rolloutKind() + "/" + service.name()))
        .toList());
    data.put("ports", model.services().stream()
        .filter(service -> service.port().isPresent())
        .map(DeployScriptData::port)
        .toList());
    data.put("secretKeys", model.secretKeys().stream()
        .map(key -> key.composeDefault()
            .map(value -> ShellQuote.quote(key.name()) + " " + ShellQuote.quote(value))
            .orElse(ShellQuote.quote(key.name())))
        .toList());
    return data;
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
