package io.compose2helm.cli;

import io.compose2helm.compose.ParsedAhead;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.TypeConversionException;

/**
 * Guesses, before picocli has parsed the command line, which Compose file a run reads first, so
 * that {@link ParsedAhead} can parse it on a second core meanwhile. A wrong guess costs only that
 * core's time: the loader takes the early tree only for the file it reads itself.
 */
final class ComposeFileGuess {

  private static final String FILE_OPTION = "--file";

  private ComposeFileGuess() {}

  /** Starts parsing the guessed file, if there is one. */
  static void parseAhead(String[] args) {
    Optional<Path> first = of(args);
    if (first.isPresent()) {
      ParsedAhead.start(first.get());
    }
  }

  /**
   * The file {@link InputOptions#toRequest} would put first: the first {@code -f}/{@code --file}
   * value (those come before the positional files), else the first argument ending in {@code .yml}
   * or {@code .yaml}; as picocli's converter makes it, so that its name is the loader's. Empty when
   * neither is there (the default file is left to the loader) or the path is not one.
   */
  static Optional<Path> of(String[] args) {
    String file = null;
    for (int i = 0; i < args.length && file == null; i++) {
      String arg = args[i];
      if ((arg.equals("-f") || arg.equals(FILE_OPTION)) && i + 1 < args.length) {
        file = args[i + 1];
      } else if (arg.startsWith(FILE_OPTION + "=")) {
        file = arg.substring(FILE_OPTION.length() + 1);
      } else if (arg.startsWith("-f") && arg.length() > 2 && !arg.startsWith("--")) {
        file = arg.substring(2);
      }
    }
    for (int i = 0; i < args.length && file == null; i++) {
      if (!args[i].startsWith("-") && (args[i].endsWith(".yml") || args[i].endsWith(".yaml"))) {
        file = args[i];
      }
    }
    if (file == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(CommandSpecs.path(file));
    } catch (TypeConversionException e) {
      return Optional.empty(); // picocli reports it
    }
  }
}
