package io.compose2helm.diagnostics;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Collects warnings and errors while a run goes on; errors are thrown together at a checkpoint. */
public final class Diagnostics {

  // A set keeps the report free of repeats when the same node is visited through a YAML alias.
  private final Set<Diagnostic> entries = new LinkedHashSet<>();

  public void warn(SourceLocation location, String key, String message) {
    entries.add(new Diagnostic(Severity.WARNING, location, key, message));
  }

  public void error(SourceLocation location, String key, String message) {
    entries.add(new Diagnostic(Severity.ERROR, location, key, message));
  }

  public void add(Diagnostic diagnostic) {
    entries.add(diagnostic);
  }

  public boolean hasErrors() {
    for (Diagnostic entry : entries) {
      if (entry.severity() == Severity.ERROR) {
        return true;
      }
    }
    return false;
  }

  public List<Diagnostic> all() {
    return Collections.unmodifiableList(new ArrayList<>(entries));
  }

  public List<Diagnostic> warnings() {
    return withSeverity(Severity.WARNING);
  }

  public List<Diagnostic> errors() {
    return withSeverity(Severity.ERROR);
  }

  private List<Diagnostic> withSeverity(Severity severity) {
    List<Diagnostic> result = new ArrayList<>();
    for (Diagnostic entry : entries) {
      if (entry.severity() == severity) {
        result.add(entry);
      }
    }
    return Collections.unmodifiableList(result);
  }

  /** Stops the run when any error was recorded, carrying every error found so far. */
  public void throwIfErrors() {
    if (hasErrors()) {
      throw new InputException(errors());
    }
  }
}
