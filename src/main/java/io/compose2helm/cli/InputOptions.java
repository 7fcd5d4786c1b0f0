package io.compose2helm.cli;

import io.compose2helm.compose.ComposeFileNames;
import io.compose2helm.compose.LoadRequest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Parameters;

/** The options every command that reads a Compose project shares. */
final class InputOptions {

  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

  @Parameters(arity = "0..*", paramLabel = "COMPOSE_FILE",
      description = "Compose file(s); later files override earlier ones. Default: compose.yaml or docker-compose.yml "
          + "in the current folder. A lone default-named file also reads its override file "
          + "(docker-compose.override.yml, compose.override.yaml) beside it, as docker compose does.")
  List<Path> composeFiles = new ArrayList<>();

  @Option(names = {"-f", "--file"}, paramLabel = "FILE",
      description = "Compose file (repeatable, later files override earlier ones); read exactly, with no override file.")
  List<Path> fileOptions = new ArrayList<>();

  @Option(names = "--env-file", paramLabel = "FILE",
      description = "Env file for interpolation and Secrets (repeatable, later wins). Default: .env and .env.ecosystem beside the first Compose file.")
  List<Path> envFiles = new ArrayList<>();

  @Option(names = "--name", paramLabel = "NAME", description = "Project and chart name. Default: the Compose name: key or the folder name.")
  String name;

  @Option(names = "--os-env", description = "Also read the process environment (it then wins over env files). Off by default so output does not depend on who runs it.")
  boolean useProcessEnvironment;

  @Option(names = "--profile", paramLabel = "NAME",
      description = "Activate a Compose profile (repeatable; '*' activates all). Services of an active profile are enabled.")
  List<String> profiles = new ArrayList<>();

  /**
   * The request for these options. It also settles {@link #composeFiles} to the files actually
   * named (-f files, positional files, or the default file), so commands can read the first one.
   */
  LoadRequest toRequest(Map<String, String> processEnvironment) {
    boolean discovered = fileOptions.isEmpty();
    List<Path> files = new ArrayList<>(fileOptions);
    files.addAll(composeFiles);
    if (files.isEmpty()) {
      files.add(ComposeFileNames.defaultFile(Path.of("")).orElseThrow(() -> new ParameterException(spec.commandLine(),
          "no Compose file given, and no compose.yaml or docker-compose.yml in the current folder")));
    }
    composeFiles = files;
    return new LoadRequest(
        List.copyOf(files),
        List.copyOf(envFiles),
        useProcessEnvironment ? processEnvironment : Map.of(),
        name,
        new LinkedHashSet<>(profiles),
        discovered);
  }
}
