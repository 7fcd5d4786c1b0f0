package io.compose2helm.it;

import static io.compose2helm.it.AnchorLimitsTest.assertNoTrace;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.compose2helm.it.Conversion.Run;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inputs that once reached an internal error, a stack trace or a silently wrong value: each is now
 * a clear {@code path:line:col: error: key: message} (exit 3) or converts as Compose reads it.
 */
class BadInputReprosTest {

  @TempDir Path temp;

  private Path compose(String text) throws IOException {
    Path file = temp.resolve("docker-compose.yml");
    Files.writeString(file, text);
    return file;
  }

  private Run convert(Path file) {
    return Conversion.run(file.toString(), "-o", temp.resolve("out").toString(), "-q");
  }

  private Run convertService(String serviceBody) throws IOException {
    return convert(compose("services:\n  web:\n    image: example/web:1.0\n" + serviceBody));
  }

  private void assertError(Run run, String expected) {
    assertEquals(3, run.exitCode(), run.err());
    assertTrue(run.err().contains(expected), () -> "expected <" + expected + "> in:\n" + run.err());
    assertNoTrace(run);
    assertFalse(Files.exists(temp.resolve("out")), "nothing is written");
  }

  @Test
  void convert_cpus1e20_isBoundedError() throws IOException {
    assertError(convertService("    deploy: {resources: {limits: {cpus: '1e20'}}}\n"),
        "docker-compose.yml:4:41: error: services.web.deploy.resources.limits.cpus: cpus must be a number from 0 to 9223372036");
  }

  @Test
  void convert_cpusWithATinyExponent_isAnErrorNotAHang() throws IOException {
    assertError(convertService("    deploy: {resources: {limits: {cpus: '1e-999999999'}}}\n"),
        "with at most 9 decimal places but found '1e-999999999'");
  }

  @Test
  void convert_cpusInfinity_isAnError() throws IOException {
    assertError(convertService("    deploy: {resources: {limits: {cpus: Infinity}}}\n"),
        "services.web.deploy.resources.limits.cpus: expected a number of CPUs such as 0.5 or 2 but found 'Infinity'");
  }

  @Test
  void convert_stopGracePeriod600000h_isAnErrorNotAWrappedNumber() throws IOException {
    assertError(convertService("    stop_grace_period: 600000h\n"),
        "docker-compose.yml:2:3: error: services.web.stop_grace_period: the duration is too long:"
            + " Kubernetes holds at most 2147483647s (about 68 years)");
  }

  @Test
  void convert_interval2562048h_isBeyondGoDurations() throws IOException {
    assertError(convertService("    healthcheck: {test: [CMD, ready], interval: 2562048h}\n"),
        "docker-compose.yml:4:49: error: services.web.healthcheck.interval: '2562048h' is too long:"
            + " a duration can be at most 2562047h47m16.854s");
  }

  @Test
  void convert_startPeriodOverflowingFailureThreshold_isAnError() throws IOException {
    assertError(convertService("    healthcheck: {test: [CMD, ready], start_period: 500000h, retries: 2147483647}\n"),
        "services.web.healthcheck.start_period: too large: Kubernetes holds at most 2147483647");
  }

  @Test
  void convert_memoryAbove64Bits_isAnErrorNotOneByte() throws IOException {
    assertError(convertService("    deploy: {resources: {limits: {memory: '18446744073709551617'}}}\n"),
        "docker-compose.yml:4:43: error: services.web.deploy.resources.limits.memory: '18446744073709551617' is too large:"
            + " a byte size can be at most 8 EiB");
  }

  @Test
  void convert_fileModeOutOfRange_isAnError() throws IOException {
    assertError(convert(compose("services:\n  web:\n    image: example/web:1.0\n"
            + "    configs: [{source: app, target: /etc/app.conf, mode: 99999999}]\n"
            + "configs:\n  app:\n    content: hello\n")),
        "a file mode is from 0000 to 0777 but found '99999999'");
  }

  @Test
  void diff_chartThatRendersNoObject_reportsNoChanges() throws IOException {
    Path file = compose("services:\n  web:\n    image: example/web:1.0\n    profiles: [debug]\n");
    Path chart = temp.resolve("chart");
    Conversion.run(file.toString(), "-o", chart.toString(), "-q");
    Run diff = Conversion.run("diff", file.toString(), "-o", chart.toString(), "-q");
    assertEquals(0, diff.exitCode(), diff.err());
    assertEquals("No object changes for env/local.yaml.\n", diff.out());
    Run stat = Conversion.run("diff", file.toString(), "-o", chart.toString(), "--stat", "-q");
    assertEquals(0, stat.exitCode(), stat.err());
    assertTrue(stat.out().contains("0 changed, 0 added, 0 removed"), stat.out());
  }

  @Test
  void convert_outputParentIsAFile_saysSoWithoutInternalError() throws IOException {
    Path file = compose("services:\n  web:\n    image: example/web:1.0\n");
    Path inTheWay = Files.writeString(temp.resolve("plain-file"), "x");
    Run run = Conversion.run(file.toString(), "-o", inTheWay.resolve("chart").toString(), "-q");
    assertEquals(3, run.exitCode(), run.err());
    assertTrue(run.err().contains("error: --output: cannot write the chart: " + inTheWay.toAbsolutePath()
        + ": it is a file, not a directory"), run.err());
    assertNoTrace(run);
  }

  @Test
  void convert_outputOnAReadOnlyFileSystem_namesTheChartAndTheReason() throws IOException {
    // The tests run as root, where permissions do not apply; /sys refuses new folders even to root.
    boolean refused;
    try {
      Files.delete(Files.createDirectory(Path.of("/sys/compose2helm-probe")));
      refused = false;
    } catch (IOException e) {
      refused = true;
    }
    org.junit.jupiter.api.Assumptions.assumeTrue(refused, "/sys accepts new folders here");
    Path file = compose("services:\n  web:\n    image: example/web:1.0\n");
    Run run = Conversion.run(file.toString(), "-o", "/sys/chart", "-q");
    assertEquals(3, run.exitCode(), run.err());
    assertTrue(run.err().matches("(?s)/sys/chart: error: --output: cannot write the chart: /sys/chart: (read-only file system"
        + "|operation not permitted|permission denied)\n.*"), run.err());
    assertNoTrace(run);
  }

  @Test
  void convert_serviceNameStartingWithADigit_getsADns1035ServiceName() throws IOException {
    Path file = compose("services:\n  1web:\n    image: example/web:1.0\n    ports: [\"8080:80\"]\n"
        + "  app:\n    image: example/app:1.0\n    depends_on: [1web]\n");
    Path chart = temp.resolve("out");
    Run run = Conversion.run(file.toString(), "-o", chart.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.err().contains("docker-compose.yml:2:3: warning: services.1web: a Kubernetes Service name must start"
        + " with a letter (DNS-1035), so the objects of '1web' are named 'svc-1web'"), run.err());
    // The strict check includes the API server's name rules: a Service named 1web fails it.
    Map<String, String> rendered = ChartValidation.validateAllEnvironments(chart);
    assertTrue(rendered.get("local").contains("kind: Service\nmetadata:\n  name: svc-1web\n"), rendered.get("local"));
    assertTrue(rendered.get("local").contains("until nslookup svc-1web >"), "app waits for the renamed Service");
  }

  @Test
  void convert_ipv6HostIpPorts_areAccepted() throws IOException {
    Path file = compose("services:\n  web:\n    image: example/web:1.0\n"
        + "    ports: [\"::1:6000:6000\", \"[::1]:6001:6001\", \"fe80::1:6002:6002/udp\"]\n");
    assertEquals(0, convert(file).exitCode());
    Run config = Conversion.run("config", file.toString());
    assertEquals(0, config.exitCode(), config.err());
    assertTrue(config.out().contains("host_ip: ::1\n        target: 6000\n"), config.out());
    assertTrue(config.out().contains("host_ip: ::1\n        target: 6001\n"), config.out());
    assertTrue(config.out().contains("host_ip: fe80::1\n        target: 6002\n"), config.out());
  }

  @Test
  void convert_colonsThatAreNotAnIpv6Address_areRefused() throws IOException {
    assertError(convertService("    ports: [\"1:2:80:80\"]\n"),
        "services.web.ports[0]: invalid port '1:2:80:80': '1:2' is not an IPv6 address");
  }

  @Test
  void convert_outputThroughSymlink_writesWhereTheLinkPoints() throws IOException {
    Path file = compose("services:\n  web:\n    image: example/web:1.0\n");
    Path real = Files.createDirectory(temp.resolve("real"));
    Path link = Files.createSymbolicLink(temp.resolve("link"), Path.of("real"));
    for (int run = 0; run < 2; run++) { // the first write and a re-run over the chart
      Run result = Conversion.run(file.toString(), "-o", link.toString(), "-q");
      assertEquals(0, result.exitCode(), result.err());
      assertTrue(Files.isSymbolicLink(link), "the link stays a link");
      assertTrue(Files.isRegularFile(real.resolve("Chart.yaml")), "the chart is where the link points");
    }
    try (Stream<Path> entries = Files.list(temp)) {
      assertEquals(java.util.Set.of("docker-compose.yml", "real", "link"),
          entries.map(p -> p.getFileName().toString()).collect(java.util.stream.Collectors.toSet()),
          "no staging or old copies are left behind");
    }
  }

  @Test
  void convert_rerunOverADeeplyNestedOverlay_doesNotOverflowTheStack() throws IOException {
    Path file = compose("services:\n  web:\n    image: example/web:1.0\n");
    Path chart = temp.resolve("out");
    assertEquals(0, convert(file).exitCode());
    Files.writeString(chart.resolve("env/dev.yaml"), "x: " + "[".repeat(5000) + "]".repeat(5000) + "\n");
    Run rerun = convert(file);
    assertEquals(0, rerun.exitCode(), rerun.err());
    assertNoTrace(rerun);
  }

  @Test
  void convert_deeplyNestedDefaults_areAClearErrorNotAStackOverflow() throws IOException {
    String nested = "${A:-".repeat(5000) + "x" + "}".repeat(5000);
    assertError(convertService("    environment:\n      X: \"" + nested + "\"\n"),
        "docker-compose.yml:5:10: error: services.web.environment.X: '${' nested deeper than 100 levels at character 501");
    Path env = Files.writeString(temp.resolve("deep.env"), "X=" + nested + "\n");
    Path file = compose("services:\n  web:\n    image: example/web:1.0\n");
    assertError(Conversion.run(file.toString(), "--env-file", env.toString(), "-o", temp.resolve("out").toString()),
        env + ":1:3: error: X: '${' nested deeper than 100 levels");
  }

  @Test
  void convert_userTemplateThatRecursesWithoutEnd_isAnErrorNamingIt() throws IOException {
    Path file = compose("services:\n  web:\n    image: example/web:1.0\n");
    Path templates = temp.resolve("tpl");
    Files.createDirectories(templates.resolve("chart/templates"));
    Files.writeString(templates.resolve("chart/templates/NOTES.txt.ftl"), "[#macro m][@m/][/#macro][@m/]\n");
    Run run = Conversion.run(file.toString(), "-o", temp.resolve("out").toString(), "--templates", templates.toString());
    assertError(run, "chart/templates/NOTES.txt.ftl: error: template error: macros or includes recurse without end");
  }

  @Test
  void convert_nonUtf8Compose_namesLineAndColumn() throws IOException {
    Path file = temp.resolve("docker-compose.yml");
    Files.write(file, "services:\n  web:\n    image: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
    assertError(convert(file), file + ":3:15: error: the Compose file is not UTF-8 text: invalid byte sequence here");
  }

  @Test
  void convert_nulByteInCompose_namesLineAndColumn() throws IOException {
    assertError(convert(compose("services:\n  web:\n    image: ex\u0000ample\n")),
        "docker-compose.yml:3:14: error: the Compose file contains a NUL character here (is it a binary file?)");
  }

  @Test
  void convert_nulByteInEnvFile_namesLineAndColumn() throws IOException {
    Path file = compose("services:\n  web:\n    image: example/web:1.0\n    env_file: app.env\n");
    Path env = Files.writeString(temp.resolve("app.env"), "A=1\nB=ca\u0000fe\n");
    assertError(convert(file), env + ":2:5: error: the env file contains a NUL character here");
  }

  @Test
  void convert_missingComposeFile_saysItDoesNotExist() {
    Path missing = temp.resolve("nope.yml");
    Run run = convert(missing);
    assertEquals(3, run.exitCode(), run.err());
    assertTrue(run.err().contains(missing + ": error: cannot read the Compose file " + missing + ": it does not exist"),
        run.err());
  }

  @Test
  void convert_composeFileIsADirectory_saysSo() throws IOException {
    Path dir = Files.createDirectory(temp.resolve("dir.yml"));
    Run run = convert(dir);
    assertEquals(3, run.exitCode(), run.err());
    assertTrue(run.err().contains("cannot read the Compose file " + dir + ": it is a directory"), run.err());
  }

  @Test
  void convert_nonUtf8EnvFile_namesLineAndColumn() throws IOException {
    Path file = compose("services:\n  web:\n    image: example/web:1.0\n    env_file: app.env\n");
    Path env = temp.resolve("app.env");
    Files.write(env, "A=1\nB=caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
    assertError(convert(file), env + ":2:6: error: the env file is not UTF-8 text: invalid byte sequence here");
    Run explicit = Conversion.run(file.toString(), "--env-file", env.toString(), "-o", temp.resolve("out").toString());
    assertError(explicit, env + ":2:6: error: the env file is not UTF-8 text");
  }

  @Test
  void convert_missingEnvFile_saysItDoesNotExist() throws IOException {
    Path file = compose("services:\n  web:\n    image: example/web:1.0\n");
    Path env = temp.resolve("missing.env");
    Run run = Conversion.run(file.toString(), "--env-file", env.toString(), "-o", temp.resolve("out").toString());
    assertError(run, "cannot read the env file " + env + ": it does not exist");
  }
}
