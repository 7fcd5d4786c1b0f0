package io.compose2helm.compose;

import java.util.ArrayList;
import java.util.List;

/** A port or an inclusive port range such as {@code 8080-8081}, each port within 1..65535. */
record PortRange(int first, int last) {

  static final int MAX_PORT = 65535;

  /** @throws IllegalArgumentException naming the bad text */
  static PortRange parse(String text) {
    String trimmed = text.trim();
    int dash = trimmed.indexOf('-', 1);
    if (dash < 0) {
      int port = port(trimmed);
      return new PortRange(port, port);
    }
    int first = port(trimmed.substring(0, dash));
    int last = port(trimmed.substring(dash + 1));
    if (last < first) {
      throw new IllegalArgumentException("port range '" + text + "' ends before it starts");
    }
    return new PortRange(first, last);
  }

  private static int port(String text) {
    int port;
    try {
      port = Integer.parseInt(text.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("'" + text + "' is not a port number");
    }
    if (port < 1 || port > MAX_PORT) {
      throw new IllegalArgumentException("port " + port + " is outside 1..65535");
    }
    return port;
  }

  int size() {
    return last - first + 1;
  }

  List<Integer> ports() {
    List<Integer> ports = new ArrayList<>();
    for (int port = first; port <= last; port++) {
      ports.add(port);
    }
    return ports;
  }
}
