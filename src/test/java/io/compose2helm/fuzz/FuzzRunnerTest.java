package io.compose2helm.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.compose2helm.fuzz.FuzzCase.Expect;
import io.compose2helm.it.Conversion.Run;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fuzz runner's checks, each shown to catch what it is for, against a fake CLI. */
class FuzzRunnerTest {

  private static final Map<String, byte[]> CHART = Map.of(
      "Chart.yaml", "name: fuzz\n".getBytes(StandardCharsets.UTF_8),
      "values.yaml", "services: {}\n".getBytes(StandardCharsets.UTF_8));
  private static final String LOCATED = "/p/docker-compose.yml:5:13: error: services.app.ports[0]: invalid port\n";

  @TempDir Path temp;

  private static FuzzCase invalidCase() {
    return FuzzCase.convert("bad port", "services: {}\n").expect(Expect.INVALID).build();
  }

  /** A fake CLI that exits {@code code} printing {@code err}, after doing {@code effect} to the chart folder. */
  private static FuzzRunner.Cli cli(int code, String err, Consumer<Path> effect) {
    return (environment, args) -> {
      effect.accept(Path.of(args[List.of(args).indexOf("-o") + 1]));
      return new Run(code, "", err);
    };
  }

  private List<String> problems(FuzzCase fuzzCase, FuzzRunner.Cli cli) {
    return new FuzzRunner(cli, CHART).run(fuzzCase, temp.resolve("case")).problems();
  }

  private static void write(Path path, String text) {
    try {
      Files.writeString(path, text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void run_cleanFailureWithFileAndLine_hasNoProblems() {
    assertEquals(List.of(), problems(invalidCase(), cli(3, LOCATED, out -> {})));
  }

  @Test
  void run_acceptedCaseWritingAChartWithoutSecrets_hasNoProblems() {
    FuzzCase accepted = FuzzCase.convert("fine", "services: {}\n").build();

    assertEquals(List.of(), problems(accepted, cli(0, "", out -> write(out.resolve("values.yaml"), "services: {a: {}}\n"))));
  }

  @Test
  void run_secretInTheMessage_isReported() {
    String err = LOCATED.replace("invalid port", "'" + PlantedSecrets.REDIS.value() + "' is no port");

    List<String> problems = problems(invalidCase(), cli(3, err, out -> {}));

    assertTrue(problems.contains("planted secret REDIS_PASSWORD in stderr"), problems::toString);
    assertTrue(problems.stream().noneMatch(p -> p.contains(PlantedSecrets.REDIS.value())), "the report masks it: " + problems);
  }

  @Test
  void run_pieceOfASecretInTheMessage_isReported() {
    String err = LOCATED.replace("invalid port", "'S3cr3t' is no port");

    assertTrue(problems(invalidCase(), cli(3, err, out -> {})).stream()
        .anyMatch(p -> p.startsWith("planted secret DB_PASSWORD, characters 1-5 in stderr")));
  }

  @Test
  void run_base64OfASecretInAnEmittedFile_isReported() {
    String encoded = Base64.getEncoder().encodeToString(("user:" + PlantedSecrets.TOKEN.value()).getBytes(StandardCharsets.UTF_8));
    FuzzCase accepted = FuzzCase.convert("fine", "services: {}\n").build();

    List<String> problems = problems(accepted, cli(0, "", out -> write(out.resolve("secret.yaml"), "data: " + encoded + "\n")));

    assertTrue(problems.contains("planted secret API_TOKEN, base64 in out/secret.yaml"), problems::toString);
  }

  @Test
  void run_urlEncodedSecretOnStdout_isReported() {
    FuzzCase accepted = FuzzCase.convert("fine", "services: {}\n").build();
    FuzzRunner.Cli cli = (environment, args) -> new Run(0, "url: http://a:p%40ss%3Aw%2Frd%23Qz%259%26x@b\n", "");

    assertTrue(problems(accepted, cli).contains("planted secret SPECIAL_PASSWORD, URL-encoded in stdout"));
  }

  @Test
  void run_shortSecretInAnEmittedFile_isReported() {
    FuzzCase accepted = FuzzCase.convert("fine", "services: {}\n").build();

    List<String> problems = problems(accepted, cli(0, "", out -> write(out.resolve("values.yaml"), "pin: Zq7k\n")));

    assertTrue(problems.contains("planted secret PIN_SECRET in out/values.yaml"), problems::toString);
  }

  @Test
  void run_failedRunThatChangedTheChart_isReported() {
    List<String> problems = problems(invalidCase(), cli(3, LOCATED, out -> write(out.resolve("values.yaml"), "half written")));

    assertTrue(problems.contains("the failed run changed out/values.yaml"), problems::toString);
  }

  @Test
  void run_failedRunThatAddedAFile_isReported() {
    List<String> problems = problems(invalidCase(), cli(3, LOCATED, out -> write(out.resolve("partial.yaml"), "x")));

    assertTrue(problems.contains("the failed run added out/partial.yaml"), problems::toString);
  }

  @Test
  void run_backupLeftBesideTheChart_isReported() {
    FuzzCase accepted = FuzzCase.convert("fine", "services: {}\n").build();

    List<String> problems = problems(accepted, cli(0, "", out -> write(out.resolveSibling(".out.old-123"), "x")));

    assertTrue(problems.contains("left behind: .out.old-123"), problems::toString);
  }

  @Test
  void run_stackTraceInTheOutput_isReported() {
    String err = LOCATED + "java.lang.IllegalStateException: boom\n\tat io.compose2helm.X.y(X.java:1)\n";

    assertTrue(problems(invalidCase(), cli(3, err, out -> {})).stream().anyMatch(p -> p.startsWith("stack trace")));
  }

  @Test
  void run_errorEscapingTheCli_isReported() {
    FuzzRunner.Cli cli = (environment, args) -> {
      throw new StackOverflowError();
    };

    assertEquals(List.of("the CLI threw java.lang.StackOverflowError"), problems(invalidCase(), cli));
  }

  @Test
  void run_errorWithoutALine_isReported() {
    List<String> problems = problems(invalidCase(), cli(3, "docker-compose.yml: error: invalid YAML\n", out -> {}));

    assertTrue(problems.contains("no 'file:line: error:' naming a file of the case"), problems::toString);
  }

  @Test
  void run_errorBlamingAFileNotOfTheCase_isReported() {
    List<String> problems = problems(invalidCase(), cli(3, "/elsewhere/other.yml:3:1: error: x\n", out -> {}));

    assertTrue(problems.contains("no 'file:line: error:' naming a file of the case"), problems::toString);
  }

  @Test
  void run_internalErrorExitCode_isReported() {
    List<String> problems = problems(invalidCase(), cli(1, "compose2helm: internal error: Overflow\n", out -> {}));

    assertTrue(problems.contains("exit 1, expected INVALID [3]"), problems::toString);
    assertTrue(problems.contains("an internal error"), problems::toString);
  }

  @Test
  void run_failureNotSayingWhatFailed_isReported() {
    FuzzCase missing = FuzzCase.convert("missing", "x").expect(Expect.INVALID).mentions("does not exist").build();

    List<String> problems = problems(missing, cli(3, "/p/docker-compose.yml:1:1: error: cannot read\n", out -> {}));

    assertTrue(problems.contains("the message does not say /does not exist/"), problems::toString);
  }

  @Test
  void run_acceptedCaseFailingItsChartCheck_isReported() {
    FuzzCase checked = FuzzCase.convert("checked", "x").check(chart -> List.of("wrapped around")).build();

    assertTrue(problems(checked, cli(0, "", out -> {})).contains("wrapped around"));
  }

  @Test
  void forms_dashedSecret_coversValuePiecesBase64AndUrlEncoding() {
    Map<String, String> forms = PlantedSecrets.forms("S3cr3t-XYZ-123");

    assertTrue(forms.containsKey("S3cr3t-XYZ-123"));
    assertTrue(forms.containsKey("S3cr3"));
    assertTrue(forms.containsKey("Z-123"));
    assertTrue(forms.containsKey(Base64.getEncoder().withoutPadding().encodeToString("S3cr3t-XYZ-123".getBytes(StandardCharsets.UTF_8))));
  }

  @Test
  void forbiddenForms_plantedSecrets_noFormIsHexOrShorterThanFour() {
    PlantedSecrets.forbiddenForms().keySet().forEach(form -> {
      assertTrue(form.length() >= 4, form.length() + " characters");
      assertTrue(!form.matches("[0-9a-f-]*"), "a hex form would match chart checksums");
    });
  }
}
