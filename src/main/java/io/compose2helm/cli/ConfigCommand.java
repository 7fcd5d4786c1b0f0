package io.compose2helm.cli;

import io.compose2helm.compose.ComposeConfigWriter;
import io.compose2helm.compose.ComposeProject;
import io.compose2helm.diagnostics.Diagnostics;
import io.compose2helm.diagnostics.InputException;
import io.compose2helm.kube.SecretVariables;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Prints the resolved Compose model, like {@code docker compose config}, with secrets masked. */
@Command(
    name = "config",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = {
      "Print the resolved Compose model (env files, interpolation, merged files, extends, include and "
          + "profiles applied), like 'docker compose config'.",
      "Secret values are never printed: variables the chart reads from its Secret, and any secret value "
          + "inside other text, are shown as <secret>. Services of inactive profiles are left out."
    })
final class ConfigCommand implements Callable<Integer> {

  @Mixin InputOptions input = new InputOptions();
  @Mixin CommonOptions common = new CommonOptions();

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "yaml",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: yaml).")
  ComposeConfigWriter.Format format;

  private final CliContext context;

  ConfigCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    Diagnostics diagnostics = new Diagnostics();
    try {
      ComposeProject project = ProjectReading.load(context, input.toRequest(context.environment()), diagnostics);
      SecretVariables secrets = ProjectReading.secrets(context, project, diagnostics);
      for (String inactive : ComposeConfigWriter.inactiveServices(project)) {
        diagnostics.warn(project.services().get(inactive).location(), "services." + inactive + ".profiles",
            "not printed: its profiles are not active (use --profile)");
      }
      String text = new ComposeConfigWriter(new ConfigSecretMask(secrets, context.redactor())).write(project, format);
      common.report(context, diagnostics);
      context.out().print(text);
      context.out().flush();
      return ExitCodes.OK;
    } catch (InputException e) {
      common.report(context, diagnostics);
      throw e;
    }
  }
}
