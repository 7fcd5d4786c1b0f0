package io.compose2helm.cli;

import io.compose2helm.compose.ComposeConfigWriter;
import io.compose2helm.compose.ComposeProject;
import io.compose2helm.diagnostics.Diagnostics;
import io.compose2helm.diagnostics.InputException;
import io.compose2helm.kube.SecretVariables;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** Prints the resolved Compose model, like {@code docker compose config}, with secrets masked. */
final class ConfigCommand implements Callable<Integer> {

  private final CliContext context;
  private final CommandSpec spec;
  private final InputOptions input;
  private final CommonOptions common;
  private final OptionSpec format;

  ConfigCommand(CliContext context) {
    this.context = context;
    spec = CommandSpecs.command(this, "config",
        "Print the resolved Compose model (env files, interpolation, merged files, extends, include and "
            + "profiles applied), like 'docker compose config'.",
        "Secret values are never printed: variables the chart reads from its Secret, and any secret value "
            + "inside other text, are shown as <secret>. Services of inactive profiles are left out.");
    input = new InputOptions(spec);
    common = new CommonOptions(spec);
    format = CommandSpecs.add(spec, CommandSpecs.oneOf(OptionSpec.builder("--format").paramLabel("FORMAT"),
            ComposeConfigWriter.Format.class, ComposeConfigWriter.Format.values())
        .defaultValue("yaml").description("Output format: ${COMPLETION-CANDIDATES} (default: yaml)."));
  }

  CommandSpec spec() {
    return spec;
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
      String text = new ComposeConfigWriter(new ConfigSecretMask(secrets, context.redactor())).write(project, format.getValue());
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
