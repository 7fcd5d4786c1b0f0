package io.compose2helm.kube;

import java.util.List;
import java.util.Optional;
import io.compose2helm.compose.ShellWords;

/**
 * Reads a {@code CMD-SHELL} healthcheck as one simple command when it is one, optionally followed
 * by {@code || exit 1}: the usual way of turning curl's exit codes into a failure.
 */
final class ShellCheckSplitter {

  private static final String SHELL_SPECIALS = "|&;<>()`$\\*?[]{}~";

  private ShellCheckSplitter() {}

  static Optional<List<String>> simpleCommand(String line) {
    String command = line.trim().replaceFirst("\\s*\\|\\|\\s*(exit\\s+1|false)\\s*$", "");
    String unquoted = command.replaceAll("'[^']*'|\"[^\"$`\\\\]*\"", "");
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
