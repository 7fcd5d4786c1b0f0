package io.compose2helm.chart;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A temp folder holding a rendered deploy script, a fake chart and env file, and fake
 * kubectl/helm/docker/k3s/sudo/id commands that append their argv to a log and print canned
 * output. The script runs from another folder, to show it finds its files on its own.
 */
final class DeployScriptSandbox {

  static final String NODE_IP = "192.168.5.15";

  /** Logs argv; answers the read-only queries the script makes; `apply -f -` logs its stdin. */
  private static final String FAKE_KUBECTL = """
      #!/usr/bin/env bash
      if [[ "$*" == 'apply -f -' ]]; then
        printf 'kubectl %s < %s\\n' "$*" "$(cat)" >>"$FAKE_LOG"
      else
        printf 'kubectl %s\\n' "$*" >>"$FAKE_LOG"
      fi
      case "$*" in
        'config current-context') [[ -z "${FAKE_NO_CONTEXT:-}" ]] || exit 1; printf '%s\\n' "$FAKE_CONTEXT" ;;
        *kubeletVersion*) printf '%s' "$FAKE_KUBELET_VERSION" ;;
        *InternalIP*) printf '%s' "$FAKE_NODE_IP" ;;
        'create '*) printf 'kind: %s' "$2" ;;
      esac
      """;

  private static final String FAKE_DOCKER = """
      #!/usr/bin/env bash
      printf 'docker %s\\n' "$*" >>"$FAKE_LOG"
      if [[ "$1" == save ]]; then printf 'image-tar(%s)' "$2"; fi
      """;

  /** Reads stdin before logging, so the log order does not depend on pipeline scheduling. */
  private static final String FAKE_K3S = """
      #!/usr/bin/env bash
      printf 'k3s %s < %s\\n' "$*" "$(cat)" >>"$FAKE_LOG"
      """;

  private static final String FAKE_SUDO = """
      #!/usr/bin/env bash
      input="$(cat)"
      printf 'sudo %s\\n' "$*" >>"$FAKE_LOG"
      printf '%s' "$input" | "$@"
      """;

  private static final String FAKE_HELM = """
      #!/usr/bin/env bash
      printf 'helm %s\\n' "$*" >>"$FAKE_LOG"
      """;

  private static final String FAKE_ID = """
      #!/usr/bin/env bash
      printf '%s\\n' "$FAKE_UID"
      """;

  final Path scriptDir;
  final Path script;
  final Path workDir;
  private final Path bin;
  private final Path log;
  private final Map<String, String> environment = new HashMap<>();

  private DeployScriptSandbox(Path root) {
    this.scriptDir = root.resolve("out");
    this.script = scriptDir.resolve(DeployScriptRenderer.FILE_NAME);
    this.workDir = root.resolve("elsewhere");
    this.bin = root.resolve("bin");
    this.log = root.resolve("calls.log");
  }

  /** Renders the script for {@code model} into {@code root}; the cluster is Docker Desktop until changed. */
  static DeployScriptSandbox create(Path root, DeployScriptModel model) {
    assumeTrue(onPath("bash"), "bash is not on PATH");
    DeployScriptSandbox sandbox = new DeployScriptSandbox(root);
    sandbox.writeFiles(model);
    sandbox.environment.put("PATH", sandbox.bin + File.pathSeparator + System.getenv("PATH"));
    sandbox.environment.put("FAKE_LOG", sandbox.log.toString());
    sandbox.environment.put("FAKE_CONTEXT", "docker-desktop");
    sandbox.environment.put("FAKE_KUBELET_VERSION", "v1.30.4");
    sandbox.environment.put("FAKE_NODE_IP", NODE_IP);
    sandbox.environment.put("FAKE_UID", "1000");
    return sandbox;
  }

  DeployScriptSandbox with(String variable, String value) {
    environment.put(variable, value);
    return this;
  }

  /** Makes the fake cluster a K3s one reached through a context named {@code context}. */
  DeployScriptSandbox k3s(String context) {
    return with("FAKE_CONTEXT", context).with("FAKE_KUBELET_VERSION", "v1.30.4+k3s1");
  }

  /** An absolute path inside the script's folder, as the script computes it. */
  String fromScript(String relative) {
    return scriptDir.resolve(relative).toString();
  }

  Result run(String... args) {
    List<String> command = new ArrayList<>(List.of("bash", script.toString()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile());
    builder.environment().remove("K3S_CTR");
    builder.environment().putAll(environment);
    try {
      Path stdout = Files.createTempFile(workDir, "stdout", ".txt");
      Path stderr = Files.createTempFile(workDir, "stderr", ".txt");
      Process process = builder.redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new AssertionError("the deploy script did not finish within 30s");
      }
      return new Result(process.exitValue(), Files.readString(stdout), Files.readString(stderr));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }

  /** The fake commands called so far, one line each: the command name and its arguments. */
  List<String> calls() {
    try {
      return Files.exists(log) ? Files.readAllLines(log) : List.of();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  record Result(int exitCode, String stdout, String stderr) {

    /** The lines the script printed for the commands it ran or, under --dry-run, would run. */
    List<String> commandLines() {
      return stdout.lines().filter(line -> line.startsWith("+ ")).toList();
    }
  }

  private void writeFiles(DeployScriptModel model) {
    try {
      Files.createDirectories(workDir);
      Files.createDirectories(bin);
      write(script, new DeployScriptRenderer(null).render(model));
      Path chart = scriptDir.resolve(model.chartDir());
      write(chart.resolve("values.yaml"), "services: {}\n");
      write(chart.resolve("env/local.yaml"), "forceReplicas: 1\n");
      write(scriptDir.resolve(model.envFile()), "DB_PASSWORD=not-a-real-secret\n");
      fake("kubectl", FAKE_KUBECTL);
      fake("docker", FAKE_DOCKER);
      fake("k3s", FAKE_K3S);
      fake("sudo", FAKE_SUDO);
      fake("helm", FAKE_HELM);
      fake("id", FAKE_ID);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void fake(String name, String body) throws IOException {
    Path file = bin.resolve(name);
    write(file, body);
    if (!file.toFile().setExecutable(true)) {
      throw new IOException("cannot make " + file + " executable");
    }
  }

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  static boolean onPath(String command) {
    String path = System.getenv("PATH");
    if (path == null) {
      return false;
    }
    for (String dir : path.split(File.pathSeparator)) {
      if (Files.isExecutable(Path.of(dir, command))) {
        return true;
      }
    }
    return false;
  }
}
