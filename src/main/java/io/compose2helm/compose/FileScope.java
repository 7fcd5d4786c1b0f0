package io.compose2helm.compose;

import java.nio.file.Path;
import java.util.function.Function;

/**
 * How the values of one Compose file are read. Files pulled in by {@code include} bring their own
 * project directory and env files, and a service taken from another file by {@code extends} keeps
 * that file's directory for relative paths, so these differ from file to file.
 *
 * @param baseDir the folder relative paths in the file are resolved against
 * @param variables the interpolation lookup for the file (returns null for an unset name)
 */
record FileScope(Path baseDir, Function<String, String> variables) {}
