package io.compose2helm.chart;

import io.compose2helm.diagnostics.Threads;
import java.util.function.Supplier;

/**
 * One computation on its own daemon thread, so a second core works while the caller does something
 * else; {@link #get} waits for it and throws what it threw. For pure work on data nobody changes
 * meanwhile (the chart's files are computed in memory from finished values).
 */
final class BackgroundTask<T> {

  private final Supplier<T> work;
  private final Thread thread;
  private T result;
  private Throwable failure;

  private BackgroundTask(Supplier<T> work, String name) {
    this.work = work;
    thread = new Thread(new Work(), name);
    thread.setDaemon(true);
  }

  /** Runs the work on the task's thread and keeps its result, or what it threw. */
  private final class Work implements Runnable {
    @Override
    public void run() {
      try {
        result = work.get();
      } catch (RuntimeException | Error e) {
        failure = e;
      }
    }
  }

  static <T> BackgroundTask<T> start(String name, Supplier<T> work) {
    BackgroundTask<T> task = new BackgroundTask<>(work, name);
    task.thread.start();
    return task;
  }

  /** The result, once the thread has ended (which makes its writes visible here). */
  T get() {
    Threads.awaitEnd(thread);
    if (failure instanceof RuntimeException e) {
      throw e;
    }
    if (failure instanceof Error e) {
      throw e;
    }
    return result;
  }
}
