package io.compose2helm.cli;

/**
 * Opens the jar on a second core while the command line is parsed. With the startup archive no
 * class of a run comes from the jar, so the first resource a command reads (the Compose schema)
 * opened it on the main thread, indexing its 4,700 entries. Whichever thread comes first opens it;
 * the other waits for the class path's lock, never longer than that.
 */
final class JarIndexOpener implements Runnable {

  private JarIndexOpener() {}

  static void start() {
    Thread thread = new Thread(new JarIndexOpener(), "compose2helm-jar");
    thread.setDaemon(true);
    thread.start();
  }

  @Override
  public void run() {
    JarIndexOpener.class.getResource(Version.RESOURCE);
  }
}
