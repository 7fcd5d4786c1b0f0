package io.compose2helm.cli;

import java.io.PrintWriter;
import java.io.Writer;

/** Writes to its target and keeps a copy: the messages of a run that {@link UnchangedRuns} keeps. */
final class CopyingWriter extends Writer {

  private final PrintWriter target;
  private final Transcript copy;
  private final int stream;

  private CopyingWriter(PrintWriter target, Transcript copy, int stream) {
    this.target = target;
    this.copy = copy;
    this.stream = stream;
  }

  /** @param stream which of the transcript's streams {@code target} is */
  static PrintWriter around(PrintWriter target, Transcript copy, int stream) {
    return new PrintWriter(new CopyingWriter(target, copy, stream), true);
  }

  @Override
  public void write(char[] chars, int offset, int length) {
    target.write(chars, offset, length);
    copy.add(stream, new String(chars, offset, length));
  }

  @Override
  public void flush() {
    target.flush();
  }

  @Override
  public void close() {
    target.flush();
  }
}
