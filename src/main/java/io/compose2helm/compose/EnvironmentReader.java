package io.compose2helm.compose;

import io.compose2helm.compose.EnvVar.Origin;
import io.compose2helm.compose.env.DotenvParser;
import io.compose2helm.diagnostics.InputException;
import io.compose2helm.diagnostics.InputLog;
import io.compose2helm.diagnostics.TextFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds a service's environment from {@code env_file:} and {@code environment:}; a name set in
 * {@code environment} overrides the same name from an env file, as in Compose.
 */
final class EnvironmentReader {

  private static final KeyCheck ENV_FILE_KEYS =
      KeyCheck.ofSchema("/definitions/env_file", Set.of("path", "required"));

  private final Map<String, EnvVar> variables = new LinkedHashMap<>();

  void readEnvFiles(YamlValue value) {
    List<YamlValue> entries = value.isSequence() ? value.items() : List.of(value);
    for (YamlValue entry : entries) {
      try {
        readEnvFile(entry);
      } catch (InputException e) {
        value.context().record(e);
      }
    }
  }

  void readEnvironment(YamlValue value) {
    ReadContext context = value.context();
    for (KeyValueList.Item item : KeyValueList.read(value).values()) {
      if (item.rawValue() != null) {
        variables.put(
            item.key(),
            new EnvVar(item.key(), item.rawValue(), item.value(), Origin.ENVIRONMENT, item.source().location()));
        continue;
      }
      // A bare key passes the project's value through; Compose drops it when there is none.
      String projectValue = context.variable(item.key(), item.source().location());
      if (projectValue == null) {
        context.warn(
            item.source().location(),
            item.source().path(),
            "variable '" + item.key() + "' has no value in the env files or environment and is dropped");
        variables.remove(item.key());
      } else {
        variables.put(
            item.key(),
            new EnvVar(item.key(), null, projectValue, Origin.ENVIRONMENT, item.source().location()));
      }
    }
  }

  List<EnvVar> result() {
    return new ArrayList<>(variables.values());
  }

  private void readEnvFile(YamlValue entry) {
    String pathText;
    boolean required = true;
    if (entry.isMapping()) {
      pathText = null;
      for (YamlEntry field : entry.entries()) {
        if (!ENV_FILE_KEYS.accept(field, entry.context().diagnostics())) {
          continue;
        }
        switch (field.key()) {
          case "path" -> pathText = field.value().requiredText();
          case "required" -> required = field.value().bool();
          default -> { /* x- extensions of an env_file entry have no meaning for the model */ }
        }
      }
      if (pathText == null) {
        throw entry.error("an env_file entry needs 'path'");
      }
    } else {
      pathText = entry.requiredText();
    }
    Path file = entry.context().baseDir(entry.location()).resolve(pathText).normalize();
    String displayName = file.toString();
    if (!InputLog.exists(file)) {
      if (required) {
        throw entry.error("env_file '" + displayName + "' does not exist");
      }
      return;
    }
    String content = TextFiles.read(file, displayName, "the env file", entry.location(), entry.path());
    Map<String, String> parsed =
        new DotenvParser().parse(displayName, content, entry.context().variables(entry.location()));
    for (Map.Entry<String, String> variable : parsed.entrySet()) {
      // The parser already expanded the file's own ${...}; its result is the best raw text we have.
      variables.put(
          variable.getKey(),
          new EnvVar(
              variable.getKey(),
              variable.getValue(),
              variable.getValue(),
              Origin.ENV_FILE,
              io.compose2helm.diagnostics.SourceLocation.ofFile(displayName)));
    }
  }

}
