package io.compose2helm.cli;

/** Process exit codes, documented in the README and in --help. */
public final class ExitCodes {

  public static final int OK = 0;
  /** {@code check}: the chart on disk is not what the inputs produce. */
  public static final int STALE = 1;
  /** A bug or an environment failure (disk full, unwritable directory). */
  public static final int INTERNAL = 1;
  /** The command line itself is wrong: unknown option, missing argument. */
  public static final int USAGE = 2;
  /** The inputs are wrong: malformed Compose or env file, bad value, unknown key. */
  public static final int INVALID_INPUT = 3;
  /** A re-run would overwrite a tool-owned file edited by hand (the same code: the input needs fixing). */
  public static final int HAND_EDITED = 3;

  private ExitCodes() {}
}
