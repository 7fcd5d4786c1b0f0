package io.compose2helm.cli;

import io.compose2helm.audit.AuditFormat;
import io.compose2helm.audit.AuditReport;
import io.compose2helm.audit.Auditor;
import io.compose2helm.audit.FailOn;
import io.compose2helm.compose.ComposeProject;
import io.compose2helm.diagnostics.Diagnostics;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;

/** Reports what in the images and the Compose file will hurt on Kubernetes. */
final class AuditCommand implements Callable<Integer> {

  private final CliContext context;
  private final CommandSpec spec;
  private final InputOptions input;
  private final CommonOptions common;
  private final OptionSpec formatOption;
  private final OptionSpec failOnOption;

  AuditCommand(CliContext context) {
    this.context = context;
    spec = CommandSpecs.command(this, "audit",
        "Audit the Dockerfiles of services with build: and the Compose services themselves for Kubernetes readiness.",
        "Exit code 1 when a finding at or above --fail-on exists.");
    input = new InputOptions(spec);
    common = new CommonOptions(spec);
    formatOption = CommandSpecs.add(spec, OptionSpec.builder("--format").paramLabel("text|json").type(String.class)
        .defaultValue("text").description("Output format (default: ${DEFAULT-VALUE})."));
    failOnOption = CommandSpecs.add(spec, OptionSpec.builder("--fail-on").paramLabel("none|warning|error")
        .type(String.class).defaultValue("none")
        .description("Lowest severity that makes the exit code 1 (default: ${DEFAULT-VALUE})."));
  }

  CommandSpec spec() {
    return spec;
  }

  @Override
  public Integer call() {
    String format = formatOption.getValue();
    String failOn = failOnOption.getValue();
    AuditFormat outputFormat;
    FailOn threshold;
    try {
      outputFormat = AuditFormat.parse(format);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "unknown --format '" + format + "': use text or json");
    }
    try {
      threshold = FailOn.parse(failOn);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "unknown --fail-on '" + failOn + "': use none, warning or error");
    }
    Diagnostics diagnostics = new Diagnostics();
    ComposeProject project = ProjectReading.load(context, input.toRequest(context.environment()), diagnostics);
    ProjectReading.secrets(context, project, diagnostics);
    AuditReport report = new Auditor().audit(project, composeDirectory());
    common.report(context, diagnostics);
    context.out().print(report.render(outputFormat));
    context.out().flush();
    return report.exitCode(threshold);
  }

  /** The Compose file's folder as the user wrote it, so findings name paths the user recognises. */
  private Path composeDirectory() {
    Path parent = input.firstComposeFile().getParent();
    return parent == null ? Path.of(".") : parent;
  }
}
