package io.compose2helm.kube;

import io.compose2helm.compose.Provenance;
import io.compose2helm.compose.Service;
import io.compose2helm.diagnostics.Redactor;
import io.compose2helm.diagnostics.SourceLocation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Text Kubernetes uses as written (labels as annotations, working_dir, the image, an ingress host,
 * bundled file content) cannot read a secret at run time, so a secret interpolated into it stops
 * the conversion with the Compose text ({@code ${NAME}}), never the value. The keys listed here
 * are the ones whose secrets the mapping reads by reference, or that never reach the chart.
 */
final class LiteralSecretCheck {

  // Patterns compiled once: String.matches, split and replaceAll compile theirs at every call.
  private static final Pattern LEADING_DOT = Pattern.compile("^\\.");

  // Below services.NAME: read from the Secret (environment), $(NAME) (command), "$NAME" (probe), or
  // not emitted (build arguments, file references, the env_file path).
  private static final List<String> READ_BY_REFERENCE = List.of(
      "environment", "env_file", "command", "entrypoint", "healthcheck.test", "build.args", "build.secrets", "secrets");

  private static final String AS_WRITTEN = "Kubernetes uses this text as written and cannot read a secret into it;"
      + " use the secret in environment, command or healthcheck instead, or list the variable in "
      + ProjectHints.EXTENSION + "." + SecretVariables.PLAIN_OVERRIDE_KEY + " if it is no secret";

  private LiteralSecretCheck() {}

  /** Checks the project name, which names the chart and its objects (config content is a bundled file). */
  static void checkProject(MappingContext context, SourceLocation where) {
    SourceLocation at = context.project().provenance().locationOf("name");
    report(context, at == null ? where : at, "name", "embeds", context.secrets().interpolatedInto("name").keySet(),
        AS_WRITTEN);
  }

  static void check(Service service, Workload workload, MappingContext context) {
    String prefix = "services." + service.name();
    Provenance provenance = context.project().provenance();
    for (Map.Entry<String, Set<String>> use : provenance.usesUnder(prefix).entrySet()) {
      String below = LEADING_DOT.matcher(use.getKey().substring(prefix.length())).replaceFirst("");
      if (readByReference(below)
          || (below.startsWith("x-") && !below.startsWith(ProjectHints.EXTENSION))) {
        continue;
      }
      SourceLocation where = provenance.locationOf(use.getKey());
      report(context, where == null ? service.location() : where, use.getKey(), "embeds",
          context.secrets().interpolatedInto(use.getKey()).keySet(), AS_WRITTEN);
    }
    for (Map.Entry<String, String> file : workload.bundledFiles().entrySet()) {
      Set<String> shown = new TreeSet<>();
      for (Map.Entry<String, String> secret : context.secrets().definedValues()) {
        if (!context.secrets().writtenInCompose(secret.getValue())
            && Redactor.shows(file.getValue(), secret.getValue())) {
          shown.add(secret.getKey());
        }
      }
      report(context, service.location(), prefix, "mounts file '" + file.getKey() + "' that holds", shown,
          "the chart would ship that file in a ConfigMap; mount it as a Compose secret (secrets: with file:)"
              + " instead, or take the value out of the file");
    }
  }

  private static boolean readByReference(String below) {
    for (String key : READ_BY_REFERENCE) {
      if (Provenance.isAtOrBelow(below, key)) {
        return true;
      }
    }
    return false;
  }

  private static void report(
      MappingContext context, SourceLocation where, String key, String what, Set<String> secrets, String advice) {
    if (secrets.isEmpty()) {
      return;
    }
    List<String> references = new ArrayList<>();
    for (String name : secrets) {
      references.add("${" + name + "}");
    }
    String names = String.join(", ", references);
    context.diagnostics().error(where, key, what + " the secret " + names + "; " + advice);
  }
}
