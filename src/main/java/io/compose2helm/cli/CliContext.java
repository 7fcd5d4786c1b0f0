package io.compose2helm.cli;

import java.io.PrintWriter;
import java.util.Map;

/** What commands may touch of the outside world; injected so the CLI runs in-process in tests. */
record CliContext(PrintWriter out, PrintWriter err, Map<String, String> environment) {}
