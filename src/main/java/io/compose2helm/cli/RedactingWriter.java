package io.compose2helm.cli;

import io.compose2helm.diagnostics.Redactor;
import java.io.PrintWriter;
import java.io.Writer;

/**
 * Sends whatever a command prints through the {@link Redactor}, a line at a time, so no code path
 * (diagnostics, reports, usage and internal errors) can print a secret by forgetting to mask it.
 */
final class RedactingWriter extends Writer {

  private final PrintWriter target;
  private final Redactor redactor;
  private final StringBuilder line = new StringBuilder();

  private RedactingWriter(PrintWriter target, Redactor redactor) {
    this.target = target;
    this.redactor = redactor;
  }

  static PrintWriter around(PrintWriter target, Redactor redactor) {
    return new PrintWriter(new RedactingWriter(target, redactor), false);
  }

  @Override
  public synchronized void write(char[] chars, int offset, int length) {
    for (int i = offset; i < offset + length; i++) {
      char c = chars[i];
      line.append(c);
      if (c == '\n') {
        emit();
      }
    }
  }

  private void emit() {
    if (!line.isEmpty()) {
      target.write(redactor.redact(line.toString()));
      line.setLength(0);
    }
  }

  @Override
  public synchronized void flush() {
    emit();
    target.flush();
  }

  @Override
  public synchronized void close() {
    flush();
  }
}
