package io.compose2helm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.compose2helm.it.Conversion;
import io.compose2helm.it.Conversion.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {

  @TempDir Path temp;

  @Test
  void run_help_printsUsageAndExitCodes() {
    Run run = Conversion.run("--help");
    assertEquals(ExitCodes.OK, run.exitCode());
    assertTrue(run.out().contains("Usage: compose2helm"), run.out());
    assertTrue(run.out().contains("3  invalid input"), run.out());
  }

  @Test
  void run_convertHelp_listsOptions() {
    Run run = Conversion.run("convert", "--help");
    assertEquals(ExitCodes.OK, run.exitCode());
    for (String option : new String[] {"--output", "--env-file", "--name", "--templates", "--os-env"}) {
      assertTrue(run.out().contains(option), option);
    }
  }

  @Test
  void run_checkAndDiffHelp_listTheirOptions() {
    Run check = Conversion.run("check", "--help");
    assertEquals(ExitCodes.OK, check.exitCode());
    assertTrue(check.out().contains("--output") && check.out().contains("--env-file"), check.out());
    Run diff = Conversion.run("diff", "--help");
    assertEquals(ExitCodes.OK, diff.exitCode());
    for (String option : new String[] {"--env", "--stat", "--no-color", "--namespace"}) {
      assertTrue(diff.out().contains(option), option);
    }
  }

  @Test
  void run_chartVersionWithBump_isUsageError() {
    Run run = Conversion.run("samples/bytelyst/docker-compose.yml", "-o", temp.resolve("c").toString(),
        "--chart-version", "1.0.0", "--bump", "minor");
    assertEquals(ExitCodes.USAGE, run.exitCode(), run.err());
  }

  @Test
  void run_version_printsVersion() {
    Run run = Conversion.run("--version");
    assertEquals(ExitCodes.OK, run.exitCode());
    assertTrue(run.out().matches("compose2helm \\d+\\.\\d+\\.\\d+.*\\s*"), run.out());
  }

  @Test
  void run_unknownOption_isUsageError() {
    Run run = Conversion.run("samples/bytelyst/docker-compose.yml", "--frobnicate");
    assertEquals(ExitCodes.USAGE, run.exitCode());
    assertTrue(run.err().contains("--frobnicate"), run.err());
    assertTrue(run.err().contains("--help"), run.err());
  }

  @Test
  void run_noArguments_isUsageError() {
    assertEquals(ExitCodes.USAGE, Conversion.run("convert").exitCode());
  }

  @Test
  void run_sample_writesChartAndReportsWhatItDid() {
    Path out = temp.resolve("chart");
    Run run = Conversion.run("samples/bytelyst/docker-compose.yml", "-o", out.toString());
    assertEquals(ExitCodes.OK, run.exitCode(), run.err());
    assertTrue(run.out().startsWith("Wrote chart bytelyst to " + out), run.out());
    for (String file : new String[] {"Chart.yaml", "values.yaml", "env/local.yaml", "env/dev.yaml", "env/prod.yaml",
        "templates/_helpers.tpl", "templates/workload.yaml", "templates/NOTES.txt", ".helmignore", "values.schema.json", "README.md"}) {
      assertTrue(Files.isRegularFile(out.resolve(file)), file);
    }
    assertTrue(run.err().contains("warning:"), "warnings are printed: " + run.err());
  }

  @Test
  void run_sameInputAgain_leavesTheChartUntouched() throws IOException {
    Path out = temp.resolve("chart");
    assertEquals(ExitCodes.OK, Conversion.run("samples/bytelyst/docker-compose.yml", "-q", "-o", out.toString()).exitCode());
    FileTime then = FileTime.fromMillis(86_400_000L);
    Files.setLastModifiedTime(out.resolve("values.yaml"), then);
    Object inode = Files.readAttributes(out, BasicFileAttributes.class).fileKey();
    Run again = Conversion.run("samples/bytelyst/docker-compose.yml", "-q", "-o", out.toString());
    assertEquals(ExitCodes.OK, again.exitCode(), again.err());
    assertTrue(again.out().startsWith("Chart bytelyst in " + out + " is up to date (30 files"), again.out());
    assertEquals(then, Files.getLastModifiedTime(out.resolve("values.yaml")));
    assertEquals(inode, Files.readAttributes(out, BasicFileAttributes.class).fileKey(), "the folder was replaced");
    Files.writeString(out.resolve("Chart.yaml"), Files.readString(out.resolve("Chart.yaml")) + "# note\n");
    Run edited = Conversion.run("samples/bytelyst/docker-compose.yml", "-q", "-o", out.toString());
    assertEquals(ExitCodes.HAND_EDITED, edited.exitCode(), "a hand edit is still found: " + edited.out());
  }

  @Test
  void run_quiet_suppressesWarnings() {
    Run run = Conversion.run("samples/bytelyst/docker-compose.yml", "-q", "-o", temp.resolve("c").toString());
    assertEquals(ExitCodes.OK, run.exitCode());
    assertEquals("", run.err());
  }

  @Test
  void run_malformedYaml_namesFileAndLineAndLeavesChartUntouched() throws IOException {
    Path out = existingChart();
    Path compose = write("bad/docker-compose.yml", "services:\n  web:\n    image: nginx\n   ports: [\n");
    Run run = Conversion.run(compose.toString(), "-o", out.toString());
    assertEquals(ExitCodes.INVALID_INPUT, run.exitCode());
    assertTrue(run.err().contains(compose + ":4:"), run.err());
    assertFalse(run.err().contains("\tat "), "no stack trace: " + run.err());
    assertUntouched(out);
  }

  @Test
  void run_invalidPort_namesFileLineAndKey() throws IOException {
    Path out = existingChart();
    Path compose = write("port/docker-compose.yml", "services:\n  web:\n    image: nginx\n    ports:\n      - \"80:99999\"\n");
    Run run = Conversion.run(compose.toString(), "-o", out.toString());
    assertEquals(ExitCodes.INVALID_INPUT, run.exitCode());
    assertTrue(run.err().contains(compose + ":5:"), run.err());
    assertTrue(run.err().contains("services.web.ports[0]"), run.err());
    assertUntouched(out);
  }

  @Test
  void run_unknownDependency_namesFileLineAndKey() throws IOException {
    Path compose = write("dep/docker-compose.yml",
        "services:\n  web:\n    image: nginx\n    depends_on:\n      - api\n");
    Run run = Conversion.run(compose.toString(), "-o", temp.resolve("out").toString());
    assertEquals(ExitCodes.INVALID_INPUT, run.exitCode());
    assertTrue(run.err().contains(compose + ":5:"), run.err());
    assertTrue(run.err().contains("services.web.depends_on"), run.err());
    assertTrue(run.err().contains("api"), run.err());
    assertFalse(Files.exists(temp.resolve("out")), "nothing is written");
  }

  @Test
  void run_unknownKey_suggestsTheKnownOne() throws IOException {
    Path compose = write("typo/docker-compose.yml", "services:\n  web:\n    image: nginx\n    enviroment:\n      A: b\n");
    Run run = Conversion.run(compose.toString(), "-o", temp.resolve("out").toString());
    assertEquals(ExitCodes.INVALID_INPUT, run.exitCode());
    assertTrue(run.err().contains(compose + ":4:"), run.err());
    assertTrue(run.err().contains("environment"), run.err());
  }

  @Test
  void run_wrongType_namesFileLineKeyAndExpectedType() throws IOException {
    Path compose = write("type/docker-compose.yml",
        "services:\n  web:\n    image: nginx\n    deploy:\n      replicas: two\n");
    Run run = Conversion.run(compose.toString(), "-o", temp.resolve("out").toString());
    assertEquals(ExitCodes.INVALID_INPUT, run.exitCode());
    assertTrue(run.err().contains(compose + ":5:17: error: services.web.deploy.replicas"), run.err());
    assertTrue(run.err().contains("integer"), run.err());
    assertFalse(run.err().contains("\tat "), run.err());
  }

  @Test
  void run_missingEnvFile_namesIt() throws IOException {
    Path compose = write("env/docker-compose.yml", "services:\n  web:\n    image: nginx\n");
    Run run = Conversion.run(compose.toString(), "--env-file", temp.resolve("nope.env").toString(), "-o",
        temp.resolve("out").toString());
    assertEquals(ExitCodes.INVALID_INPUT, run.exitCode());
    assertTrue(run.err().contains("nope.env"), run.err());
  }

  @Test
  void run_processEnvironment_isReadOnlyWhenAsked() throws IOException {
    Path compose = write("osenv/docker-compose.yml",
        "services:\n  web:\n    image: nginx:${TAG:-1.25}\n");
    Map<String, String> environment = Map.of("TAG", "1.27");
    Conversion.runWithEnvironment(environment, compose.toString(), "-q", "-o", temp.resolve("a").toString());
    Conversion.runWithEnvironment(environment, compose.toString(), "-q", "--os-env", "-o", temp.resolve("b").toString());
    assertTrue(Files.readString(temp.resolve("a/values.yaml")).contains("tag: '1.25'"));
    assertTrue(Files.readString(temp.resolve("b/values.yaml")).contains("tag: '1.27'"));
  }

  /**
   * A shell exports PWD and OLDPWD. With the chart in another tree than the project (here under
   * target/, the project in the temporary folder), the deploy script's relative paths climb to the
   * root and spell out the project's absolute path, which is what they hold.
   */
  @Test
  void run_osEnvWithTheShellsWorkingDirectories_convertsAndMasksNothing() throws IOException {
    Path project = temp.resolve("work/project").toAbsolutePath();
    Path compose = write("work/project/compose.yaml", "services:\n  web:\n    image: nginx:1.27\n    build: .\n");
    Map<String, String> shell = Map.of("PWD", project.getParent().toString(), "OLDPWD", project.toString(),
        "DB_PWD", "s3cr3t-value");
    Path out = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "os-env-").resolve("chart");
    try {
      Run run = Conversion.runWithEnvironment(shell, compose.toString(), "--os-env", "-o", out.toString());

      assertEquals(ExitCodes.OK, run.exitCode(), run.err());
      assertTrue(Files.readString(out.resolve("deploy-local.sh")).contains(project.toString()),
          "the deploy script's paths hold PWD's and OLDPWD's");
      assertTrue(run.out().contains(out.toString()), "no path is masked: " + run.out());
    } finally {
      try (java.util.stream.Stream<Path> files = Files.walk(out.getParent())) {
        for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.delete(file);
        }
      }
    }
  }

  @Test
  void run_outputIsANonChartDirectory_refusesToReplaceIt() throws IOException {
    Path precious = temp.resolve("precious");
    Files.createDirectories(precious);
    Files.writeString(precious.resolve("notes.txt"), "keep me");
    Run run = Conversion.run("samples/bytelyst/docker-compose.yml", "-o", precious.toString());
    assertEquals(ExitCodes.INVALID_INPUT, run.exitCode());
    assertEquals("keep me", Files.readString(precious.resolve("notes.txt")));
  }

  @Test
  void run_userTemplate_overridesTheBuiltInOne() throws IOException {
    Path templates = temp.resolve("templates");
    write("templates/chart/templates/NOTES.txt.ftl", "[#ftl]\nCustom notes for [=chart] {{ .Release.Name }}\n");
    Path out = temp.resolve("custom");
    Run run = Conversion.run("samples/bytelyst/docker-compose.yml", "-q", "--templates", templates.toString(),
        "-o", out.toString());
    assertEquals(ExitCodes.OK, run.exitCode(), run.err());
    assertEquals("Custom notes for bytelyst {{ .Release.Name }}\n", Files.readString(out.resolve("templates/NOTES.txt")));
  }

  @Test
  void run_brokenUserTemplate_isInputErrorNamingTheTemplate() throws IOException {
    Path templates = temp.resolve("broken");
    write("broken/chart/templates/NOTES.txt.ftl", "[#ftl]\n[=missingVariable]\n");
    Run run = Conversion.run("samples/bytelyst/docker-compose.yml", "-q", "--templates", templates.toString(),
        "-o", temp.resolve("x").toString());
    assertEquals(ExitCodes.INVALID_INPUT, run.exitCode());
    assertTrue(run.err().contains("NOTES.txt.ftl"), run.err());
    assertTrue(run.err().contains("missingVariable"), run.err());
  }

  private Path existingChart() throws IOException {
    Path out = temp.resolve("existing");
    assertEquals(ExitCodes.OK, Conversion.run("samples/bytelyst/docker-compose.yml", "-q", "-o", out.toString()).exitCode());
    Files.writeString(out.resolve("values.yaml"), "# the previous chart\n");
    return out;
  }

  private static void assertUntouched(Path out) throws IOException {
    assertEquals("# the previous chart\n", Files.readString(out.resolve("values.yaml")));
  }

  private Path write(String relative, String content) throws IOException {
    Path file = temp.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content);
    return file;
  }
}
