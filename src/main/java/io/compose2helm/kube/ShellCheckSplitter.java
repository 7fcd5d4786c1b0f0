package io.compose2helm.kube;

import java.util.List;
import java.util.Optional;
import org.apache.commons.text.StringTokenizer;
import org.apache.commons.text.matcher.StringMatcherFactory;

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
    StringTokenizer tokenizer =
        new StringTokenizer(
            command,
            StringMatcherFactory.INSTANCE.splitMatcher(),
            StringMatcherFactory.INSTANCE.quoteMatcher());
    return Optional.of(tokenizer.getTokenList());
  }
}
