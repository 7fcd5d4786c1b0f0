package io.compose2helm.compose;

import io.compose2helm.diagnostics.Threads;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * A Compose file parsed on a second core while the command line is still being parsed: the parse
 * of a first run is mostly the cold interpreter, and so is picocli's. {@link YamlSource} takes the
 * tree only for the very text it read itself under the same name, so the result is the tree it
 * would have parsed; otherwise (another file, a file changed in between, any failure here) it
 * parses as always, and every message comes from there. Nothing here is recorded as an input: the
 * loader's own read is.
 */
public final class ParsedAhead implements Runnable {

  // The one parse a run starts (a process holds one run); the first read of its file takes it.
  private static ParsedAhead pending;

  private final Path file;
  private final String displayName;
  private final Thread thread;
  // Written by the thread before it ends; read after join, which makes the writes visible.
  private String text;
  private Node root;

  private ParsedAhead(Path file) {
    this.file = file;
    this.displayName = file.toString();
    this.thread = new Thread(this, "compose2helm-parse-ahead");
    thread.setDaemon(true);
  }

  /** Starts parsing {@code file} (as the loader names it, by its path as given) on its own thread. */
  public static synchronized void start(Path file) {
    pending = new ParsedAhead(file);
    pending.thread.start();
  }

  @Override
  public void run() {
    try {
      String read = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
      root = YamlSource.parseNow(read, displayName).orElse(null);
      text = read;
    } catch (IOException | RuntimeException | Error e) {
      // The loader reads and parses the file again and reports what is wrong, a stack overflow
      // or want of memory included; a thread of its own would print a trace.
    }
  }

  /**
   * The tree parsed ahead when it was of exactly {@code text} under {@code displayName}; it is
   * handed out once. A parse ahead of another file is dropped unused.
   */
  static Optional<Node> take(String text, String displayName) {
    ParsedAhead ahead;
    synchronized (ParsedAhead.class) {
      ahead = pending;
      pending = null;
    }
    if (ahead == null || !ahead.displayName.equals(displayName)) {
      return Optional.empty();
    }
    Threads.awaitEnd(ahead.thread);
    return ahead.root != null && text.equals(ahead.text) ? Optional.of(ahead.root) : Optional.empty();
  }
}
