package io.compose2helm.kube;

import io.compose2helm.compose.FileObject;
import io.compose2helm.compose.Service;
import io.compose2helm.compose.ServiceFileRef;
import io.compose2helm.diagnostics.InputLog;
import java.nio.file.Path;

/**
 * Compose {@code secrets:} and {@code configs:}. A file secret becomes a Secret of the same name
 * (created at deploy time from the file, never shipped in the chart) mounted at
 * /run/secrets/NAME; an environment secret is read from the chart's Secret. A config's file or
 * inline content ships in the chart and is mounted from a ConfigMap.
 */
public final class FileObjectsRule implements MappingRule {

  @Override
  public void apply(Service service, Workload workload, MappingContext context) {
    for (ServiceFileRef ref : service.secrets()) {
      FileObject secret = context.project().secrets().get(ref.source());
      String target = ref.target() == null ? "/run/secrets/" + ref.source()
          : ref.target().startsWith("/") ? ref.target() : "/run/secrets/" + ref.target();
      if (secret != null && secret.environment() != null) {
        workload.secretFiles().add(new FileMount("", secret.environment(), target));
        workload.secretEnv().putIfAbsent(secret.environment(),
            new SecretEnvRef(secret.environment(), secret.environment()));
      } else {
        String name = KubeNames.toDnsLabel(secret != null && secret.name() != null ? secret.name() : ref.source());
        workload.secretFiles().add(new FileMount(name, null, target));
        context.diagnostics().warn(service.location(), "services." + service.name() + ".secrets." + ref.source(),
            "mounted from the Secret '" + name + "', which must exist: kubectl create secret generic " + name
                + " --from-file=" + (secret != null && secret.file() != null ? Path.of(secret.file()).getFileName() : ref.source())
                + "=" + (secret != null && secret.file() != null ? secret.file() : "FILE"));
      }
    }
    for (ServiceFileRef ref : service.configs()) {
      FileObject config = context.project().configs().get(ref.source());
      String target = ref.target() == null ? "/" + ref.source() : ref.target();
      String content = content(config, context);
      String key = "services." + service.name() + ".configs." + ref.source();
      if (content == null) {
        context.diagnostics().warn(service.location(), key,
            "config '" + ref.source() + "' has no readable content here (external, missing file or unset variable); it is not mounted");
        continue;
      }
      String fileKey = BundledFiles.keyFor(Path.of(ref.source()));
      workload.bundledFiles().put(fileKey, content);
      workload.configFiles().add(new FileMount(workload.name() + "-files", fileKey, target));
    }
  }

  private static String content(FileObject config, MappingContext context) {
    if (config == null || config.external()) {
      return null;
    }
    if (config.content() != null) {
      return config.content();
    }
    if (config.environment() != null) {
      return context.secrets().isSecret(config.environment()) ? null : context.project().variables().get(config.environment());
    }
    if (config.file() != null) {
      Path file = context.composeDirectory().resolve(config.file()).normalize();
      return InputLog.isRegularFile(file) && BundledFiles.isBundleable(file) ? BundledFiles.read(file) : null;
    }
    return null;
  }
}
