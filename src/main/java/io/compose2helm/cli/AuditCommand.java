package io.compose2helm.cli;

import io.compose2helm.audit.AuditFormat;
import io.compose2helm.audit.AuditReport;
import io.compose2helm.audit.Auditor;
import io.compose2helm.audit.FailOn;
import io.compose2helm.compose.ComposeProject;
import io.compose2helm.diagnostics.Diagnostics;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Reports what in the images and the Compose file will hurt on Kubernetes. */
@Command(
    name = "audit",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = {
      "Audit the Dockerfiles of services with build: and the Compose services themselves for Kubernetes readiness.",
      "Exit code 1 when a finding at or above --fail-on exists."
    })
final class AuditCommand implements Callable<Integer> {

  @Mixin InputOptions input = new InputOptions();
  @Mixin CommonOptions common = new CommonOptions();

  @Option(names = "--format", paramLabel = "text|json", defaultValue = "text", description = "Output format (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(names = "--fail-on", paramLabel = "none|warning|error", defaultValue = "none",
      description = "Lowest severity that makes the exit code 1 (default: ${DEFAULT-VALUE}).")
  String failOn;

  @Spec CommandSpec spec;

  private final CliContext context;

  AuditCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
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
    Path parent = input.composeFiles.get(0).getParent();
    return parent == null ? Path.of(".") : parent;
  }
}
