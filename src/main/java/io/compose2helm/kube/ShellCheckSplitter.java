package io.compose2helm.kube;

import java.util.List;
import java.util.Optional;
import io.compose2helm.compose.ShellWords;
import java.util.regex.Pattern;

/**
 * Reads a {@code CMD-SHELL} healthcheck as one simple command when it is one, optionally followed
 * by {@code || exit 1}: the usual way of turning curl's exit codes into a failure.
 */
final class ShellCheckSplitter {

  // Patterns compiled once: String.matches, split and replaceAll compile theirs at every call.
  private static final Pattern OR_FAIL = Pattern.compile("\\s*\\|\\|\\s*(exit\\s+1|false)\\s*$");
  private static final Pattern QUOTED = Pattern.compile("'[^']*'|\"[^\"$`\\\\]*\"");

  private static final String SHELL_SPECIALS = "|&;<>()`$\\*?[]{}~";

  private ShellCheckSplitter() {}

  static Optional<List<String>> simpleCommand(String line) {
    String command = OR_FAIL.matcher(line.trim()).replaceFirst("");
    String unquoted = QUOTED.matcher(command).replaceAll("");
    for (char c : SHELL_SPECIALS.toCharArray()) {
      if (unquoted.indexOf(c) >= 0) {
        return Optional.empty(); // pipes, substitutions or globs: the shell does real work here
      }
    }
    try {
      return Optional.of(ShellWords.split(command));
    } catch (IllegalArgumentException e) {
      return Optional.empty(); // unbalanced quotes: leave it to the shell
    }
  }
}
