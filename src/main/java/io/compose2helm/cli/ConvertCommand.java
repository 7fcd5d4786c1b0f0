package io.compose2helm.cli;

import io.compose2helm.chart.ChartGenerator;
import io.compose2helm.chart.ChartOptions;
import io.compose2helm.chart.ChartPaths;
import io.compose2helm.chart.ChartWriter;
import io.compose2helm.compose.ComposeLoader;
import io.compose2helm.compose.ComposeProject;
import io.compose2helm.diagnostics.Diagnostic;
import io.compose2helm.diagnostics.Diagnostics;
import io.compose2helm.diagnostics.InputException;
import io.compose2helm.diagnostics.Severity;
import io.compose2helm.kube.KubeNames;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Converts a Compose project into a Helm chart on disk. */
@Command(
    name = "convert",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = "Convert Compose file(s) into a layered Helm chart (the default command).")
final class ConvertCommand implements Callable<Integer> {

  @Mixin InputOptions input = new InputOptions();
  @Mixin CommonOptions common = new CommonOptions();

  @Option(names = {"-o", "--output"}, paramLabel = "DIR", description = "Chart directory. Default: helm/<name>.")
  Path output;

  @Option(names = "--templates", paramLabel = "DIR", description = "Directory whose templates replace the built-in ones of the same relative path.")
  Path templates;

  @Option(names = "--strict", description = "Treat every warning as an error (nothing is written).")
  boolean strict;

  private final CliContext context;

  ConvertCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    Diagnostics diagnostics = new Diagnostics();
    try {
      ComposeProject project = new ComposeLoader().load(input.toRequest(context.environment()), diagnostics);
      String chartName = KubeNames.toDnsLabel(project.name());
      Path target = output != null ? output : Path.of("helm", chartName);
      Path composeFile = input.composeFiles.get(0);
      String sourceName = composeFile.getFileName().toString();
      Path envFile = input.envFiles.isEmpty()
          ? ChartPaths.directoryOf(composeFile).resolve(".env.ecosystem")
          : input.envFiles.get(input.envFiles.size() - 1);
      ChartOptions options = new ChartOptions(chartName, sourceName, templates,
          ChartPaths.relative(target, ChartPaths.directoryOf(composeFile)), ChartPaths.relative(target, envFile));
      Map<String, String> files = new ChartGenerator().generate(project, options, diagnostics);
      if (strict && !diagnostics.warnings().isEmpty()) {
        throw new InputException(diagnostics.warnings().stream()
            .map(w -> new Diagnostic(Severity.ERROR, w.location(), w.key(), w.message()))
            .toList());
      }
      new ChartWriter().write(target, files);
      common.report(context, diagnostics);
      context.out().println("Wrote chart " + chartName + " to " + target + " (" + files.size() + " files, "
          + project.services().size() + " services, " + diagnostics.warnings().size() + " warnings)");
      context.out().flush();
      return ExitCodes.OK;
    } catch (InputException e) {
      if (!strict) {
        common.report(context, diagnostics);
      }
      throw e;
    }
  }
}
