package io.compose2helm.kube;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.compose2helm.compose.ComposeLoader;
import io.compose2helm.compose.ComposeProject;
import io.compose2helm.compose.LoadRequest;
import io.compose2helm.diagnostics.Diagnostics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OneShotClassifierTest {

  @TempDir Path temp;

  /** Classifies service 'task' (restart on-failure, no ports, given extra keys) next to a service 'other'. */
  private OneShotClassifier.Verdict classify(String taskName, String taskKeys, String otherKeys) throws IOException {
    Path file = temp.resolve("compose.yaml");
    Files.writeString(file, "services:\n  " + taskName + ":\n    image: example/task:1\n    restart: on-failure\n"
        + taskKeys.replace("|", "\n") + "\n  other:\n    image: example/other:1\n" + otherKeys.replace("|", "\n") + "\n");
    ComposeProject project = new ComposeLoader().load(new LoadRequest(List.of(file), List.of(), Map.of(), null), new Diagnostics());
    return OneShotClassifier.classify(project.services().get(taskName), project);
  }

  @ParameterizedTest(name = "{0}: {3}")
  @CsvSource(delimiter = ';', value = {
      "api; ; '    environment: {API_URL: http://api:8080/v1}'; server, 'other' reaches it by name",
      "api; ; '    environment: {DB_DSN: postgres://u@api:5432/x}'; server, 'other' reaches it by name",
      "db; ; '    environment: {DB_HOST: db}'; server, 'other' reaches it by name (DB_HOST)",
      "cache; ; '    command: [wait-for, cache:6379]'; server, 'other' reaches it by name",
      "api; ; '    depends_on: [api]'; server, 'other' depends on it with service_started",
      "api; ; '    environment: {HOST: api.example.com}'; server (guessed), restart on-failure alone (no healthcheck, task command or name, or service reaching it)",
      "migrate; ; '    command: [./manage.py, migrate]'; job, the name 'migrate'",
      "db-init; ; ''; job, the name 'db-init'",
      "tool; '    command: [bundle, exec, rake, db:migrate]'; ''; job, the command word 'db:migrate'",
      "ui; '    healthcheck: {test: [CMD, true]}'; ''; server, its healthcheck",
      "setup; '    healthcheck: {test: [CMD, true]}'; ''; server (guessed), its healthcheck",
      "seed; ; '    depends_on: [seed]'; job (guessed), the name 'seed'"})
  void classify_restartOnFailureWithoutPorts_firstSignalDecides(String name, String taskKeys, String otherKeys, String expected)
      throws IOException {
    OneShotClassifier.Verdict verdict = classify(name, taskKeys == null ? "" : taskKeys, otherKeys == null ? "" : otherKeys);
    String actual = (verdict.oneShot() ? "job" : "server") + (verdict.guessed() ? " (guessed)" : "") + ", " + verdict.signal();
    assertEquals(expected, actual);
  }
}
