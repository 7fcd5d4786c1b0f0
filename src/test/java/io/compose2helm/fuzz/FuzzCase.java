package io.compose2helm.fuzz;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One generated input: the files of a project folder, the command line, the process environment,
 * and what the CLI must do with it.
 *
 * @param name       readable case name, also the test's display name
 * @param files      relative path to content; written into the case's folder before the run
 * @param args       the command line; an argument starting with "./" is resolved in the case's folder
 * @param osEnv      the process environment the CLI sees
 * @param expect     the exit codes allowed
 * @param mentions   what stderr must say when the run fails, each a case-insensitive regular
 *                   expression (what failed, e.g. "does not exist|not found")
 * @param blame      for a failure no line can be blamed for (the Compose file itself is missing, an
 *                   option is wrong), what the message names instead of file:line; null otherwise
 * @param check      extra checks of the chart an accepted run wrote
 */
public record FuzzCase(
    String name,
    Map<String, byte[]> files,
    List<String> args,
    Map<String, String> osEnv,
    Expect expect,
    List<String> mentions,
    String blame,
    ChartCheck check) {

  /** The exit codes a case allows. */
  public enum Expect {
    /** Compose accepts it, so must compose2helm: exit 0. */
    ACCEPTED(Set.of(0)),
    /** Compose refuses it: exit 3 with a file:line message. */
    INVALID(Set.of(3)),
    /** A bad command line: exit 2. */
    USAGE(Set.of(2)),
    /** A bad command line or input, whichever the CLI judges it: exit 2 or 3. */
    REFUSED(Set.of(2, 3)),
    /** Either converts or is refused with the rule; never an internal error. */
    ACCEPTED_OR_INVALID(Set.of(0, 3));

    final Set<Integer> exitCodes;

    Expect(Set<Integer> exitCodes) {
      this.exitCodes = exitCodes;
    }

    /** The stricter of two expectations, for a case made of several mutations. */
    Expect and(Expect other) {
      if (this == other) {
        return this;
      }
      if (this == USAGE || other == USAGE || this == REFUSED || other == REFUSED) {
        return this == USAGE || other == USAGE ? USAGE : REFUSED;
      }
      if (this == INVALID || other == INVALID) {
        return INVALID;
      }
      return ACCEPTED_OR_INVALID;
    }
  }

  /** Checks a chart an accepted run wrote; returns the problems found. */
  @FunctionalInterface
  public interface ChartCheck {
    ChartCheck NONE = chart -> List.of();

    List<String> problems(Path chart);
  }

  public static final String COMPOSE_FILE = "docker-compose.yml";
  public static final String ENV_FILE = ".env";

  /** A case converting docker-compose.yml (with the planted .env) into ./out. */
  static Builder convert(String name, String compose) {
    return new Builder(name).file(COMPOSE_FILE, compose).file(ENV_FILE, PlantedSecrets.dotenv());
  }

  @Override
  public String toString() {
    return name;
  }

  /** Builds a case; the default command line converts docker-compose.yml into ./out as chart "fuzz". */
  static final class Builder {
    private final String name;
    private final Map<String, byte[]> files = new LinkedHashMap<>();
    private List<String> args = List.of("./" + COMPOSE_FILE, "-o", "./out", "--name", "fuzz");
    private Map<String, String> osEnv = Map.of();
    private Expect expect = Expect.ACCEPTED;
    private List<String> mentions = List.of();
    private String blame;
    private ChartCheck check = ChartCheck.NONE;

    Builder(String name) {
      this.name = name;
    }

    Builder file(String path, String text) {
      return file(path, text.getBytes(StandardCharsets.UTF_8));
    }

    Builder file(String path, byte[] content) {
      files.put(path, content);
      return this;
    }

    Builder withoutFile(String path) {
      files.remove(path);
      return this;
    }

    Builder args(String... args) {
      this.args = List.of(args);
      return this;
    }

    /** The default command line with a subcommand in front and {@code extra} at the end. */
    Builder command(String subcommand, String... extra) {
      List<String> line = new java.util.ArrayList<>();
      if (!subcommand.isEmpty()) {
        line.add(subcommand);
      }
      line.add("./" + COMPOSE_FILE);
      if (subcommand.isEmpty() || subcommand.equals("convert") || subcommand.equals("check")) {
        line.addAll(List.of("-o", "./out", "--name", "fuzz"));
      }
      line.addAll(List.of(extra));
      this.args = List.copyOf(line);
      return this;
    }

    Builder osEnv(Map<String, String> environment) {
      this.osEnv = Map.copyOf(environment);
      return this;
    }

    Builder expect(Expect expect) {
      this.expect = expect;
      return this;
    }

    Builder mentions(String... texts) {
      this.mentions = List.of(texts);
      return this;
    }

    /** The message names {@code what} (a file, an option) rather than a file:line. */
    Builder blamed(String what) {
      this.blame = what;
      return this;
    }

    Builder check(ChartCheck check) {
      this.check = check;
      return this;
    }

    FuzzCase build() {
      return new FuzzCase(name, Map.copyOf(files), args, osEnv, expect, mentions, blame, check);
    }
  }
}
