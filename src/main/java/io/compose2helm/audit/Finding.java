package io.compose2helm.audit;

import io.compose2helm.diagnostics.Severity;

/**
 * One readiness problem.
 *
 * @param file the Dockerfile or Compose file, as the user would open it
 * @param line the 1-based line, or 0 when the finding is about the file as a whole
 * @param ruleId the stable rule id ({@code broad-copy}, ...), for filtering and suppressing
 * @param message what is wrong, here
 * @param why why it matters once the image runs on Kubernetes
 * @param fix what to change
 */
public record Finding(
    String file,
    int line,
    String ruleId,
    Severity severity,
    String message,
    String why,
    String fix) {

  /** {@code path:line}, or just the path when the line is unknown. */
  public String where() {
    return line > 0 ? file + ":" + line : file;
  }
}
