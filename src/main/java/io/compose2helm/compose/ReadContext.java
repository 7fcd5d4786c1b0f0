package io.compose2helm.compose;

import io.compose2helm.compose.env.Interpolator;
import io.compose2helm.diagnostics.Diagnostics;
import io.compose2helm.diagnostics.InputException;
import io.compose2helm.diagnostics.SourceLocation;
import java.nio.file.Path;
import java.util.function.Function;
import java.util.function.Supplier;

/** What every reader needs while walking one project: variables, diagnostics, file names. */
final class ReadContext {

  private final Interpolator interpolator;
  private final Function<String, String> variables;
  private final Diagnostics diagnostics;
  private final Path projectDir;
  private final String mainFile;

  ReadContext(Function<String, String> variables, Diagnostics diagnostics, Path projectDir, String mainFile) {
    this.variables = variables;
    this.interpolator = new Interpolator(variables::apply);
    this.diagnostics = diagnostics;
    this.projectDir = projectDir;
    this.mainFile = mainFile;
  }

  String interpolate(String text, SourceLocation location, String path) {
    // The fast path keeps plain text independent of the interpolator: only '$' needs it.
    if (text == null || text.indexOf('$') < 0) {
      return text;
    }
    return interpolator.interpolate(text, location, path, diagnostics);
  }

  /** The value of a project variable (env files, then process environment), or null. */
  String variable(String name) {
    return variables.apply(name);
  }

  Diagnostics diagnostics() {
    return diagnostics;
  }

  /** The folder relative paths (env_file, ...) are resolved against: the first Compose file's. */
  Path projectDir() {
    return projectDir;
  }

  String mainFile() {
    return mainFile;
  }

  void warn(SourceLocation location, String path, String message) {
    diagnostics.warn(location, path, message);
  }

  /**
   * Runs one reading step; an InputException it throws is recorded and reading goes on, so that
   * a single run reports every error in the file.
   *
   * @return the step's result, or null when it failed
   */
  <T> T recover(Supplier<T> step) {
    try {
      return step.get();
    } catch (InputException e) {
      e.diagnostics().forEach(diagnostics::add);
      return null;
    }
  }

  void recover(Runnable step) {
    recover(
        () -> {
          step.run();
          return null;
        });
  }
}
