package io.compose2helm.compose.env;

import io.compose2helm.diagnostics.InputException;
import io.compose2helm.diagnostics.TextFiles;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Reads several env files, in order, into one set of variables. */
public final class EnvFiles {

  /** The source recorded for a variable whose file value the process environment replaced. */
  public static final String PROCESS_ENVIRONMENT = "process environment";

  private EnvFiles() {}

  /**
   * @param variables name to value, in the order names were first defined
   * @param sources name to the display name of the file that gave the value (or {@link
   *     #PROCESS_ENVIRONMENT})
   */
  public record Result(Map<String, String> variables, Map<String, String> sources) {
    public Result {
      variables = Collections.unmodifiableMap(new LinkedHashMap<>(variables));
      sources = Collections.unmodifiableMap(new LinkedHashMap<>(sources));
    }
  }

  /**
   * Loads the files in order; a later file overrides an earlier one. Bare keys and expansions in a
   * file see {@code processEnv} first, then the variables loaded so far: compose-go resolves them
   * against the OS environment before earlier files when it reads both. Compose lets the process
   * environment win over env files, so a variable set there keeps its process value.
   *
   * @param displayName how a path is named in results and messages (usually as the user wrote it)
   * @param processEnv the process environment, may be empty or null
   * @throws InputException when a file cannot be read or has a syntax error
   */
  public static Result load(
      List<Path> files, Function<Path, String> displayName, Map<String, String> processEnv) {
    Map<String, String> process = processEnv == null ? Map.of() : processEnv;
    Map<String, String> variables = new LinkedHashMap<>();
    Map<String, String> sources = new LinkedHashMap<>();
    DotenvParser parser = new DotenvParser();
    for (Path file : files) {
      String name = displayName.apply(file);
      Map<String, String> parsed = parser.parse(name, read(file, name), VariableLookups.firstHolding(process, variables));
      for (Map.Entry<String, String> variable : parsed.entrySet()) {
        variables.put(variable.getKey(), variable.getValue());
        sources.put(variable.getKey(), name);
      }
    }
    for (Map.Entry<String, String> entry : variables.entrySet()) {
      String processValue = process.get(entry.getKey());
      if (processValue != null) {
        entry.setValue(processValue);
        sources.put(entry.getKey(), PROCESS_ENVIRONMENT);
      }
    }
    return new Result(variables, sources);
  }

  private static String read(Path file, String name) {
    return TextFiles.read(file, name, "the env file");
  }

}
