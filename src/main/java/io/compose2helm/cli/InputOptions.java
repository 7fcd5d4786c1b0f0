package io.compose2helm.cli;

import io.compose2helm.compose.LoadRequest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The options every command that reads a Compose project shares. */
final class InputOptions {

  @Parameters(arity = "1..*", paramLabel = "COMPOSE_FILE", description = "Compose file(s); later files override earlier ones.")
  List<Path> composeFiles = new ArrayList<>();

  @Option(names = "--env-file", paramLabel = "FILE",
      description = "Env file for interpolation and Secrets (repeatable, later wins). Default: .env and .env.ecosystem beside the first Compose file.")
  List<Path> envFiles = new ArrayList<>();

  @Option(names = "--name", paramLabel = "NAME", description = "Project and chart name. Default: the Compose name: key or the folder name.")
  String name;

  @Option(names = "--os-env", description = "Also read the process environment (it then wins over env files). Off by default so output does not depend on who runs it.")
  boolean useProcessEnvironment;

  LoadRequest toRequest(Map<String, String> processEnvironment) {
    return new LoadRequest(
        List.copyOf(composeFiles),
        List.copyOf(envFiles),
        useProcessEnvironment ? processEnvironment : Map.of(),
        name);
  }
}
