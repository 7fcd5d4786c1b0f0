package io.compose2helm.cli;

import io.compose2helm.compose.ComposeLoader;
import io.compose2helm.compose.ComposeProject;
import io.compose2helm.compose.LoadRequest;
import io.compose2helm.compose.env.EnvFiles;
import io.compose2helm.diagnostics.Diagnostics;
import io.compose2helm.diagnostics.InputLog;
import io.compose2helm.diagnostics.Redactor;
import io.compose2helm.kube.ProjectHints;
import io.compose2helm.kube.SecretClassifier;
import io.compose2helm.kube.SecretVariables;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * Reads a project the way every command does, teaching the context's {@link Redactor} each secret
 * as soon as it is known: the env files' and process environment's secret-looking values before
 * the Compose files are read (so no message about them shows one), the final classification after.
 */
final class ProjectReading {

  private ProjectReading() {}

  static ComposeProject load(CliContext context, LoadRequest request, Diagnostics diagnostics) {
    EnvFiles.Result env = ComposeLoader.readVariables(request);
    learnSecretLooking(context.redactor(), env.variables());
    learnSecretLooking(context.redactor(), request.processEnvironment());
    for (Path file : request.composeFiles()) {
      learnPublic(context.redactor(), file);
    }
    ComposeProject project = new ComposeLoader().load(request, env, diagnostics);
    context.redactor().learnPublic(project.name());
    return project;
  }

  // What the user wrote in the Compose files is published with them; its words stay readable.
  private static void learnPublic(Redactor redactor, Path file) {
    redactor.learnPublic(file.toString());
    redactor.learnPublic(file.toAbsolutePath().normalize().toString());
    try {
      redactor.learnPublic(InputLog.readString(file));
    } catch (IOException | UncheckedIOException e) {
      // The loader reports an unreadable file with its own message.
    }
  }

  /** The project's secrets with its hints applied; the redactor learns every value to hide. */
  static SecretVariables secrets(CliContext context, ComposeProject project, Diagnostics diagnostics) {
    ProjectHints hints = ProjectHints.read(project, diagnostics);
    Redactor redactor = context.redactor();
    for (String plain : hints.plainVariables()) {
      redactor.forget(plain);
    }
    SecretVariables secrets = SecretVariables.of(project, hints);
    context.redactor().learnAll(secrets.valuesToHide(project));
    return secrets;
  }

  private static void learnSecretLooking(Redactor redactor, Map<String, String> variables) {
    if (variables == null) {
      return;
    }
    for (Map.Entry<String, String> variable : variables.entrySet()) {
      String name = variable.getKey();
      String value = variable.getValue();
      if (SecretClassifier.isSecretName(name) || SecretClassifier.hasUrlCredentials(value)) {
        redactor.learn(name, value);
      }
    }
  }
}
