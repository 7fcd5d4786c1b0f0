package io.compose2helm.diagnostics;

/** Waiting for the work threads a run starts on a second core. */
public final class Threads {

  private Threads() {}

  /**
   * Waits until {@code thread} has ended, which also makes its writes visible here. An interrupt
   * does not stop the wait (the work goes on regardless); it is kept for the caller.
   */
  public static void awaitEnd(Thread thread) {
    boolean interrupted = false;
    while (thread.isAlive()) {
      try {
        thread.join();
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}
