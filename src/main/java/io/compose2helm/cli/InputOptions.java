package io.compose2helm.cli;

import io.compose2helm.compose.ComposeFileNames;
import io.compose2helm.compose.LoadRequest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParameterException;

/** The options every command that reads a Compose project shares. */
final class InputOptions {

  private final CommandSpec spec;
  private final PositionalParamSpec composeFiles;
  private final OptionSpec fileOptions;
  private final OptionSpec envFiles;
  private final OptionSpec name;
  private final OptionSpec useProcessEnvironment;
  private final OptionSpec profiles;
  private List<Path> named = List.of();

  InputOptions(CommandSpec spec) {
    this.spec = spec;
    composeFiles = CommandSpecs.add(spec, PositionalParamSpec.builder().arity("0..*").paramLabel("COMPOSE_FILE")
        .type(List.class).auxiliaryTypes(Path.class).converters(CommandSpecs.PATH)
        .description("Compose file(s); later files override earlier ones. Default: compose.yaml or docker-compose.yml "
            + "in the current folder. A lone default-named file also reads its override file "
            + "(docker-compose.override.yml, compose.override.yaml) beside it, as docker compose does."));
    fileOptions = CommandSpecs.add(spec, OptionSpec.builder("-f", "--file").paramLabel("FILE")
        .type(List.class).auxiliaryTypes(Path.class).converters(CommandSpecs.PATH)
        .description("Compose file (repeatable, later files override earlier ones); read exactly, with no override file."));
    envFiles = CommandSpecs.add(spec, OptionSpec.builder("--env-file").paramLabel("FILE")
        .type(List.class).auxiliaryTypes(Path.class).converters(CommandSpecs.PATH)
        .description("Env file for interpolation and Secrets (repeatable, later wins). Default: .env and .env.ecosystem beside the first Compose file."));
    name = CommandSpecs.add(spec, OptionSpec.builder("--name").paramLabel("NAME").type(String.class)
        .description("Project and chart name. Default: the Compose name: key or the folder name."));
    useProcessEnvironment = CommandSpecs.add(spec, OptionSpec.builder("--os-env")
        .description("Also read the process environment (it then wins over env files). Off by default so output does not depend on who runs it."));
    profiles = CommandSpecs.add(spec, OptionSpec.builder("--profile").paramLabel("NAME")
        .type(List.class).auxiliaryTypes(String.class)
        .description("Activate a Compose profile (repeatable; '*' activates all). Services of an active profile are enabled."));
  }

  /**
   * The request for these options. It also settles the files actually named (-f files, positional
   * files, or the default file), so commands can read {@link #firstComposeFile}.
   */
  LoadRequest toRequest(Map<String, String> processEnvironment) {
    List<Path> files = new ArrayList<>(CommandSpecs.<Path>values(fileOptions));
    boolean discovered = files.isEmpty();
    files.addAll(CommandSpecs.<Path>values(composeFiles));
    if (files.isEmpty()) {
      Optional<Path> defaultFile = ComposeFileNames.defaultFile(Path.of(""));
      if (defaultFile.isEmpty()) {
        throw new ParameterException(spec.commandLine(),
            "no Compose file given, and no compose.yaml or docker-compose.yml in the current folder");
      }
      files.add(defaultFile.get());
    }
    named = List.copyOf(files);
    return new LoadRequest(
        named,
        envFiles(),
        CommandSpecs.isSet(useProcessEnvironment) ? processEnvironment : Map.of(),
        name.getValue(),
        new LinkedHashSet<>(CommandSpecs.<String>values(profiles)),
        discovered);
  }

  /** The first Compose file {@link #toRequest} settled on. */
  Path firstComposeFile() {
    return named.get(0);
  }

  /** The --env-file files in command-line order. */
  List<Path> envFiles() {
    return List.copyOf(CommandSpecs.<Path>values(envFiles));
  }
}
