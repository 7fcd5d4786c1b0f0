package io.compose2helm.compose.env;

import io.compose2helm.diagnostics.InputException;
import io.compose2helm.diagnostics.SourceLocation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * TEMPORARY stand-in with the planned API so the loader compiles on branch h-loader; the real
 * implementation comes from branch h-env and replaces this file on merge.
 */
public final class EnvFiles {

  public static final String PROCESS_ENVIRONMENT = "process environment";

  private EnvFiles() {}

  public record Result(Map<String, String> variables, Map<String, String> sources) {}

  public static Result load(
      List<Path> files, Function<Path, String> displayName, Map<String, String> processEnv) {
    Map<String, String> process = processEnv == null ? Map.of() : processEnv;
    Map<String, String> variables = new LinkedHashMap<>();
    Map<String, String> sources = new LinkedHashMap<>();
    for (Path file : files) {
      String name = displayName.apply(file);
      String content;
      try {
        content = Files.readString(file, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new InputException(SourceLocation.ofFile(name), "", "cannot read env file: " + e.getMessage());
      }
      new DotenvParser()
          .parse(name, content, key -> variables.containsKey(key) ? variables.get(key) : process.get(key))
          .forEach(
              (key, value) -> {
                variables.put(key, value);
                sources.put(key, name);
              });
    }
    variables.replaceAll(
        (key, value) -> {
          String fromProcess = process.get(key);
          if (fromProcess == null) {
            return value;
          }
          sources.put(key, PROCESS_ENVIRONMENT);
          return fromProcess;
        });
    return new Result(variables, sources);
  }
}
