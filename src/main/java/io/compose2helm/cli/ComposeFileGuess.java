package io.compose2helm.cli;

import io.compose2helm.compose.ParsedAhead;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * Guesses, before picocli has parsed the command line, which Compose file a run reads first, so
 * that {@link ParsedAhead} can parse it on a second core meanwhile. A wrong guess costs only that
 * core's time: the loader takes the early tree only for the file it reads itself.
 */
final class ComposeFileGuess {

  private ComposeFileGuess() {}

  /** Starts parsing the first argument that names a YAML file, if any. */
  static void parseAhead(String[] args) {
    for (String arg : args) {
      if (!arg.startsWith("-") && (arg.endsWith(".yml") || arg.endsWith(".yaml"))) {
        try {
          ParsedAhead.start(Path.of(arg));
        } catch (InvalidPathException e) {
          // picocli reports it
        }
        return;
      }
    }
  }
}
