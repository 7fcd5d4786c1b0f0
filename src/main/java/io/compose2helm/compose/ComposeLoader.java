package io.compose2helm.compose;

import io.compose2helm.diagnostics.Diagnostics;

/** Reads Compose files and their env files into a {@link ComposeProject}. (Contract; in progress.) */
public final class ComposeLoader {

  /**
   * Loads a project. Warnings (unmapped keys, unset variables) go to {@code diagnostics}; errors
   * are thrown as an InputException naming file, line, column and key.
   */
  public ComposeProject load(LoadRequest request, Diagnostics diagnostics) {
    throw new UnsupportedOperationException("not yet");
  }
}
