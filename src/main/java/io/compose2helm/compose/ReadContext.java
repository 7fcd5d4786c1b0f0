package io.compose2helm.compose;

import io.compose2helm.compose.env.Interpolator;
import io.compose2helm.diagnostics.Diagnostic;
import io.compose2helm.diagnostics.Diagnostics;
import io.compose2helm.diagnostics.InputException;
import io.compose2helm.diagnostics.SourceLocation;
import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.Function;

/** What every reader needs while walking one project: variables, diagnostics, file names. */
final class ReadContext {

  private final FileScope mainScope;
  private final Map<String, FileScope> scopesByFile;
  // By identity: a scope is made once per file, and its variables are a function.
  private final Map<FileScope, Interpolator> interpolators = new IdentityHashMap<>();
  private final Diagnostics diagnostics;
  private final String mainFile;
  private final Provenance provenance = new Provenance();

  ReadContext(Function<String, String> variables, Diagnostics diagnostics, Path projectDir, String mainFile) {
    this(new FileScope(projectDir, variables), Map.of(), diagnostics, mainFile);
  }

  /**
   * @param scopesByFile the scope of each file read, by display name; a file not listed (the main
   *     files) is read with {@code mainScope}
   */
  ReadContext(FileScope mainScope, Map<String, FileScope> scopesByFile, Diagnostics diagnostics, String mainFile) {
    this.mainScope = mainScope;
    this.scopesByFile = Map.copyOf(scopesByFile);
    this.diagnostics = diagnostics;
    this.mainFile = mainFile;
  }

  String interpolate(String text, SourceLocation location, String path) {
    // The fast path keeps plain text independent of the interpolator: only '$' needs it.
    FileScope scope = scopeOf(location);
    if (text == null || text.indexOf('$') < 0) {
      provenance.record(path, text, location, scope.variables());
      return text;
    }
    Interpolator interpolator = interpolators.get(scope);
    if (interpolator == null) {
      interpolator = new Interpolator(scope.variables());
      interpolators.put(scope, interpolator);
    }
    String result = interpolator.interpolate(text, location, path, diagnostics);
    // After interpolating: a malformed text has thrown with its place.
    provenance.record(path, text, location, scope.variables());
    return result;
  }

  /** What the values read so far were interpolated from. */
  Provenance provenance() {
    return provenance;
  }

  /** The value of a project variable (env files, then process environment), or null. */
  String variable(String name) {
    return mainScope.variables().apply(name);
  }

  /** The value of a variable as the file holding {@code location} sees it, or null. */
  String variable(String name, SourceLocation location) {
    return scopeOf(location).variables().apply(name);
  }

  /** The variables as the file holding {@code location} sees them: null for an unset name. */
  Function<String, String> variables(SourceLocation location) {
    return scopeOf(location).variables();
  }

  /** The folder a relative path written at {@code location} is resolved against. */
  Path baseDir(SourceLocation location) {
    return scopeOf(location).baseDir();
  }

  private FileScope scopeOf(SourceLocation location) {
    return location == null ? mainScope : scopesByFile.getOrDefault(location.file(), mainScope);
  }

  Diagnostics diagnostics() {
    return diagnostics;
  }

  /** The folder relative paths (env_file, ...) are resolved against: the first Compose file's. */
  Path projectDir() {
    return mainScope.baseDir();
  }

  String mainFile() {
    return mainFile;
  }

  void warn(SourceLocation location, String path, String message) {
    diagnostics.warn(location, path, message);
  }

  /**
   * Records the errors of a failed reading step, so that reading goes on and a single run reports
   * every error in the file: {@code try { step } catch (InputException e) { context.record(e); }}.
   */
  void record(InputException e) {
    for (Diagnostic diagnostic : e.diagnostics()) {
      diagnostics.add(diagnostic);
    }
  }
}
