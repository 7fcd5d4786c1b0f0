package io.compose2helm.compose.env;

import java.util.Map;
import java.util.function.Function;

/** Parses Compose-style dotenv files. (Contract; implementation in progress.) */
public final class DotenvParser {

  /**
   * Parses one dotenv file.
   *
   * @param fileName the name used in messages (as the user gave it)
   * @param content the file text
   * @param lookup values of variables not defined earlier in the file (for bare keys and {@code ${}}
   *     expansion); returns {@code null} when unset
   * @return the variables in file order
   * @throws io.compose2helm.diagnostics.InputException naming file and line on a syntax error
   */
  public Map<String, String> parse(String fileName, String content, Function<String, String> lookup) {
    throw new UnsupportedOperationException("not yet");
  }
}
