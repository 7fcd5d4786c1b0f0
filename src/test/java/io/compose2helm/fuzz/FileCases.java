package io.compose2helm.fuzz;

import static io.compose2helm.fuzz.FuzzCase.COMPOSE_FILE;
import static io.compose2helm.fuzz.FuzzCase.ENV_FILE;
import static io.compose2helm.fuzz.FuzzCase.Expect.ACCEPTED;
import static io.compose2helm.fuzz.FuzzCase.Expect.ACCEPTED_OR_INVALID;
import static io.compose2helm.fuzz.FuzzCase.Expect.INVALID;
import static io.compose2helm.fuzz.FuzzCase.Expect.REFUSED;
import static io.compose2helm.fuzz.FuzzCase.Expect.USAGE;

import io.compose2helm.fuzz.FuzzCase.Builder;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Inputs broken as files rather than as values: shapes that are no Compose file, parser limits,
 * bad bytes, missing or misplaced files, broken env files and bad command lines.
 */
final class FileCases {

  private static final String VALID = FuzzProject.valid();
  /** What a message about a missing file or a folder in a file's place must say. */
  private static final String MISSING = "does not exist|not found|no such file";
  private static final String DIRECTORY = "is a directory";

  private FileCases() {}

  static List<FuzzCase> all() {
    List<FuzzCase> cases = new ArrayList<>();
    shapes(cases);
    parserLimits(cases);
    bytes(cases);
    missingFiles(cases);
    envFiles(cases);
    commandLines(cases);
    return cases;
  }

  private static void shapes(List<FuzzCase> cases) {
    cases.add(named("shape: empty file", "").expect(INVALID).blamed(COMPOSE_FILE).build());
    cases.add(named("shape: only a comment", "# nothing here\n").expect(INVALID).blamed(COMPOSE_FILE).build());
    cases.add(named("shape: a list", "- web\n- db\n").expect(INVALID).build());
    cases.add(named("shape: a scalar", "hello\n").expect(INVALID).build());
    cases.add(named("shape: null document", "~\n").expect(INVALID).blamed(COMPOSE_FILE).build());
    cases.add(named("shape: two documents", VALID + "---\n" + VALID).expect(INVALID).build());
    cases.add(named("shape: services a list", "services:\n  - app\n").expect(INVALID).build());
    cases.add(named("shape: services a scalar", "services: app\n").expect(INVALID).build());
    cases.add(named("shape: service a scalar", "services:\n  app: nginx\n").expect(INVALID).build());
    cases.add(named("shape: service empty", "services:\n  app:\n").expect(INVALID).build());
    cases.add(named("shape: no services key", "name: fuzz\nvolumes: {}\n").expect(ACCEPTED_OR_INVALID).blamed(COMPOSE_FILE).build());
    cases.add(named("shape: duplicate service key", "services:\n  app: {image: a}\n  app: {image: b}\n").expect(INVALID).build());
    cases.add(named("shape: duplicate field key", "services:\n  app:\n    image: a\n    image: b\n").expect(INVALID).build());
    cases.add(named("shape: tab indentation", "services:\n\tapp:\n\t\timage: a\n").expect(INVALID).build());
    cases.add(named("shape: unclosed flow", "services: {app: {image: a}\n").expect(INVALID).build());
    cases.add(named("shape: unclosed quote", "services:\n  app:\n    image: \"nginx\n").expect(INVALID).build());
    cases.add(named("shape: key without value at end", "services:\n  app:\n    image").expect(INVALID).build());
    cases.add(named("shape: unknown tag", "services:\n  app:\n    image: !vault nginx\n").expect(ACCEPTED_OR_INVALID).build());
    cases.add(named("shape: merge key with a scalar", "services:\n  app:\n    <<: 5\n    image: a\n").expect(INVALID).build());
    cases.add(named("shape: undefined alias", "services:\n  app: *nothing\n").expect(INVALID).build());
    cases.add(named("shape: CRLF line endings", VALID.replace("\n", "\r\n")).build());
    cases.add(named("shape: UTF-8 byte order mark", "\uFEFF" + VALID).expect(ACCEPTED_OR_INVALID).build());
    cases.add(named("shape: extends of itself", "services:\n  app:\n    image: a\n    extends: app\n").expect(INVALID).build());
    cases.add(named("shape: extends cycle",
        "services:\n  a:\n    image: x\n    extends: b\n  b:\n    image: y\n    extends: a\n").expect(INVALID).build());
    cases.add(named("shape: include of itself", "include: [" + COMPOSE_FILE + "]\n" + VALID).expect(INVALID).build());
  }

  private static void parserLimits(List<FuzzCase> cases) {
    cases.add(named("limits: 2,000 nested [", "services: " + "[".repeat(2000) + "]".repeat(2000) + "\n").expect(INVALID).build());
    cases.add(named("limits: 2,000 unclosed [", "services: " + "[".repeat(2000) + "\n").expect(INVALID).build());
    cases.add(named("limits: 2,000 nested {", "x-deep: " + "{a: ".repeat(2000) + "1" + "}".repeat(2000) + "\n" + VALID)
        .expect(INVALID).build());
    cases.add(named("limits: 1,000 nested block mappings", deepBlockMapping(1000) + VALID).expect(INVALID).build());
    cases.add(named("limits: billion laughs alias bomb", aliasBomb(9, 10) + VALID).expect(INVALID).build());
    cases.add(named("limits: 200 aliases of one anchor", manyAliases(200)).build());
    cases.add(named("limits: a 2 MB string", "x-big: \"" + "a".repeat(2_000_000) + "\"\n" + VALID)
        .expect(ACCEPTED_OR_INVALID).build());
    cases.add(named("limits: 2,000 nested interpolation defaults",
        VALID.replace("LOG_LEVEL: info", "LOG_LEVEL: \"" + "${U:-".repeat(2000) + "x" + "}".repeat(2000) + "\""))
        .expect(ACCEPTED_OR_INVALID).build());
  }

  private static void bytes(List<FuzzCase> cases) {
    cases.add(named("bytes: non-UTF-8 in a comment", concat(VALID, "# caf\u00e9 ", new byte[] {(byte) 0xE9, '\n'}))
        .expect(INVALID).build());
    cases.add(named("bytes: non-UTF-8 in a value",
        concat("name: fuzz\nservices:\n  app:\n    image: ", new byte[] {(byte) 0xFF, (byte) 0xFE}, "\n")).expect(INVALID).build());
    cases.add(named("bytes: NUL in a value", "name: fuzz\nservices:\n  app:\n    image: ngi\u0000nx\n").expect(INVALID).build());
    cases.add(named("bytes: NUL at the start", "\u0000" + VALID).expect(INVALID).build());
    cases.add(named("bytes: UTF-16 file", VALID.getBytes(StandardCharsets.UTF_16LE)).expect(INVALID).build());
    cases.add(named("bytes: control character", "name: fuzz\nservices:\n  app:\n    image: a\u0007b\n").expect(INVALID).build());
    cases.add(FuzzCase.convert("bytes: non-UTF-8 in .env", VALID)
        .file(ENV_FILE, concat(PlantedSecrets.dotenv(), "NOTE=caf", new byte[] {(byte) 0xE9, '\n'})).expect(INVALID).build());
    cases.add(FuzzCase.convert("bytes: NUL in .env", VALID)
        .file(ENV_FILE, PlantedSecrets.dotenv("NOTE=a\u0000b")).expect(ACCEPTED_OR_INVALID).build());
    cases.add(FuzzCase.convert("bytes: non-UTF-8 in an env_file", VALID.replace("    ports:", "    env_file: [./app.env]\n    ports:"))
        .file("app.env", concat("A=caf", new byte[] {(byte) 0xE9}, "\n")).expect(INVALID).build());
    cases.add(FuzzCase.convert("bytes: binary bind-mounted file",
            VALID.replace("    ports:", "    volumes: [\"./blob.bin:/etc/blob.bin:ro\"]\n    ports:"))
        .file("blob.bin", new byte[] {0, 1, 2, (byte) 0xFF, (byte) 0xFE, 0, 'x'}).expect(ACCEPTED_OR_INVALID).build());
  }

  private static void missingFiles(List<FuzzCase> cases) {
    cases.add(FuzzCase.convert("files: the Compose file does not exist", VALID).withoutFile(COMPOSE_FILE)
        .expect(INVALID).blamed(COMPOSE_FILE).mentions(MISSING).build());
    cases.add(FuzzCase.convert("files: the Compose file is a directory", VALID).withoutFile(COMPOSE_FILE)
        .file(COMPOSE_FILE + "/", new byte[0]).expect(INVALID).blamed(COMPOSE_FILE).mentions(DIRECTORY).build());
    cases.add(FuzzCase.convert("files: env_file does not exist",
            VALID.replace("    ports:", "    env_file: [./nope.env]\n    ports:"))
        .expect(INVALID).mentions(MISSING).build());
    cases.add(FuzzCase.convert("files: env_file is a directory",
            VALID.replace("    ports:", "    env_file: [./conf]\n    ports:"))
        .file("conf/", new byte[0]).expect(INVALID).mentions(DIRECTORY).build());
    cases.add(FuzzCase.convert("files: --env-file does not exist", VALID)
        .command("convert", "--env-file", "./missing.env").expect(INVALID).blamed("missing.env").mentions(MISSING).build());
    cases.add(FuzzCase.convert("files: .env is a directory", VALID).withoutFile(ENV_FILE).file(ENV_FILE + "/", new byte[0])
        .expect(ACCEPTED_OR_INVALID).blamed(ENV_FILE).mentions(DIRECTORY).build());
    cases.add(FuzzCase.convert("files: extends file does not exist",
            "name: fuzz\nservices:\n  app:\n    extends: {file: ./base.yml, service: web}\n")
        .expect(INVALID).mentions(MISSING).build());
    cases.add(FuzzCase.convert("files: include does not exist", "include: [./other.yml]\n" + VALID)
        .expect(INVALID).mentions(MISSING).build());
    cases.add(FuzzCase.convert("files: secret file does not exist",
            VALID.replace("    ports:", "    secrets: [apikey]\n    ports:") + "secrets:\n  apikey:\n    file: ./apikey.txt\n")
        .expect(ACCEPTED_OR_INVALID).build());
    cases.add(FuzzCase.convert("files: bind-mounted file does not exist",
            VALID.replace("    ports:", "    volumes: [\"./nope.conf:/etc/nope.conf:ro\"]\n    ports:"))
        .expect(ACCEPTED_OR_INVALID).build());
    cases.add(FuzzCase.convert("files: config file does not exist",
            VALID.replace("    ports:", "    configs: [appcfg]\n    ports:") + "configs:\n  appcfg:\n    file: ./app.cfg\n")
        .expect(ACCEPTED_OR_INVALID).build());
    cases.add(FuzzCase.convert("files: build context does not exist",
            VALID.replace("    image: ghcr.io/acme/app:1.0", "    image: ghcr.io/acme/app:1.0\n    build: ./nowhere"))
        .expect(ACCEPTED_OR_INVALID).build());
    cases.add(FuzzCase.convert("files: --templates does not exist", VALID)
        .command("convert", "--templates", "./no-templates").expect(INVALID).blamed("no-templates").mentions(MISSING).build());
  }

  private static void envFiles(List<FuzzCase> cases) {
    cases.add(withEnv("env: line without =", "JUST_A_WORD").expect(ACCEPTED_OR_INVALID).build());
    cases.add(withEnv("env: empty key", "=value").expect(INVALID).build());
    cases.add(withEnv("env: unterminated double quote", "OPEN=\"never closed").expect(INVALID).build());
    cases.add(withEnv("env: unterminated single quote", "OPEN='never closed").expect(INVALID).build());
    cases.add(withEnv("env: key with dots", "VAR.WITH.DOTS=dots").expect(ACCEPTED_OR_INVALID).build());
    cases.add(withEnv("env: key with dashes", "VAR-WITH-DASHES=dashes").expect(ACCEPTED_OR_INVALID).build());
    cases.add(withEnv("env: key with a space", "MY KEY=x").expect(INVALID).build());
    cases.add(withEnv("env: export prefix", "export EXPORTED=1").build());
    cases.add(withEnv("env: secret referencing a secret", "DERIVED_PASSWORD=\"x-${DB_PASSWORD}-y\"").build());
    cases.add(withEnv("env: bad interpolation in .env", "BROKEN=\"${\"").expect(INVALID).build());
    cases.add(FuzzCase.convert("env: required variable unset",
        VALID.replace("LOG_LEVEL: info", "LOG_LEVEL: \"${NOT_SET:?set NOT_SET first}\"")).expect(INVALID).build());
    cases.add(FuzzCase.convert("env: required secret with its message",
        VALID.replace("LOG_LEVEL: info", "LOG_LEVEL: \"${NOT_SET:?${DB_PASSWORD}}\"")).expect(INVALID).build());
    cases.add(FuzzCase.convert("env: unclosed interpolation", VALID.replace("LOG_LEVEL: info", "LOG_LEVEL: \"${DB_PASSWORD\""))
        .expect(INVALID).build());
    cases.add(FuzzCase.convert("env: substring syntax", VALID.replace("LOG_LEVEL: info", "LOG_LEVEL: \"${DB_PASSWORD:0:4}\""))
        .expect(ACCEPTED_OR_INVALID).build());
    cases.add(FuzzCase.convert("env: nested default of a secret",
        VALID.replace("LOG_LEVEL: info", "LOG_LEVEL: \"${UNSET_ONE:-${API_TOKEN}}\"")).build());
    cases.add(FuzzCase.convert("env: escaped dollar", VALID.replace("LOG_LEVEL: info", "LOG_LEVEL: \"$${DB_PASSWORD}\"")).build());
  }

  private static void commandLines(List<FuzzCase> cases) {
    cases.add(FuzzCase.convert("cli: unknown option", VALID).command("convert", "--bogus").expect(USAGE).build());
    cases.add(FuzzCase.convert("cli: option without its value", VALID).args("./" + COMPOSE_FILE, "-o").expect(USAGE).build());
    cases.add(FuzzCase.convert("cli: chart version not semver", VALID).command("convert", "--chart-version", "one")
        .expect(REFUSED).blamed("--chart-version").build());
    cases.add(FuzzCase.convert("cli: bump unknown part", VALID).command("convert", "--bump", "huge").expect(USAGE).build());
    cases.add(FuzzCase.convert("cli: config format xml", VALID).command("config", "--format", "xml").expect(USAGE).build());
    cases.add(FuzzCase.convert("cli: audit fail-on unknown", VALID).command("audit", "--fail-on", "panic").expect(USAGE).build());
    cases.add(FuzzCase.convert("cli: unknown subcommand-like file", VALID).args("./nope.yml", "-o", "./out", "--name", "fuzz")
        .expect(INVALID).blamed("nope.yml").mentions(MISSING).build());
    cases.add(FuzzCase.convert("cli: chart name not a DNS label", VALID).args("./" + COMPOSE_FILE, "-o", "./out", "--name", "Bad_Name!")
        .expect(ACCEPTED_OR_INVALID).blamed("--name").build());
  }

  private static Builder named(String name, String compose) {
    return FuzzCase.convert(name, compose).expect(ACCEPTED);
  }

  private static Builder named(String name, byte[] compose) {
    return FuzzCase.convert(name, "").file(COMPOSE_FILE, compose).expect(ACCEPTED);
  }

  private static Builder withEnv(String name, String line) {
    return FuzzCase.convert(name, VALID).file(ENV_FILE, PlantedSecrets.dotenv(line)).expect(ACCEPTED);
  }

  private static String deepBlockMapping(int depth) {
    StringBuilder text = new StringBuilder("x-deep:\n");
    for (int level = 1; level <= depth; level++) {
      text.append(" ".repeat(level)).append("a:\n");
    }
    text.append(" ".repeat(depth + 1)).append("b: 1\n");
    return text.toString();
  }

  /** {@code levels} anchors, each a list of {@code width} aliases of the one before. */
  private static String aliasBomb(int levels, int width) {
    StringBuilder text = new StringBuilder("x-bomb:\n  l0: &l0 [\"lol\"]\n");
    for (int level = 1; level <= levels; level++) {
      text.append("  l").append(level).append(": &l").append(level).append(" [");
      for (int i = 0; i < width; i++) {
        text.append(i == 0 ? "" : ", ").append("*l").append(level - 1);
      }
      text.append("]\n");
    }
    return text.toString();
  }

  private static String manyAliases(int count) {
    StringBuilder text = new StringBuilder("name: fuzz\nx-env: &env {LOG_LEVEL: info}\nservices:\n");
    for (int i = 0; i < count; i++) {
      text.append("  s").append(i).append(": {image: nginx:1.27, environment: *env}\n");
    }
    return text.toString();
  }

  private static byte[] concat(Object... parts) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    for (Object part : parts) {
      byte[] chunk = part instanceof byte[] raw ? raw : part.toString().getBytes(StandardCharsets.UTF_8);
      bytes.writeBytes(chunk);
    }
    return bytes.toByteArray();
  }
}
