package io.compose2helm.kube;

import io.compose2helm.compose.Service;

/**
 * {@code tty} and {@code stdin_open} become the container's {@code tty} and {@code stdin}: a toolbox
 * service whose shell only waits at its prompt would otherwise exit at once and restart forever.
 */
public final class TerminalRule implements MappingRule {

  @Override
  public void apply(Service service, Workload workload, MappingContext context) {
    workload.setTty(service.tty());
    workload.setStdin(service.stdinOpen());
  }
}
