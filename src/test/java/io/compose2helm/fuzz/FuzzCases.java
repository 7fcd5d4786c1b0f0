package io.compose2helm.fuzz;

import static io.compose2helm.fuzz.FuzzCase.ENV_FILE;
import static io.compose2helm.fuzz.FuzzCase.Expect.ACCEPTED;
import static io.compose2helm.fuzz.FuzzCase.Expect.ACCEPTED_OR_INVALID;

import io.compose2helm.fuzz.FuzzCase.ChartCheck;
import io.compose2helm.fuzz.FuzzCase.Expect;
import io.compose2helm.fuzz.PlantedSecrets.Secret;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Every fuzz case, in a fixed order: each planted secret in each field kind, the same fields through
 * --os-env, `config` and `audit`, values out of range, names, ports, wrong types, hints, broken files, and
 * seeded random mixes of several changes at once.
 */
final class FuzzCases {

  /** Fixed, so every run generates the same cases. */
  static final long SEED = 20_261_201L;
  static final int MIXES = 40;
  static final String LITERAL_AND_REFUSED = "secret written literally in the Compose file and interpolated into ports";
  private static final List<Secret> ROTATING = List.of(PlantedSecrets.REDIS, PlantedSecrets.DB, PlantedSecrets.TOKEN);

  /** How a case's project is run. */
  enum Variant {
    CONVERT(""), OS_ENV(" via --os-env"), CONFIG(" [config]"), AUDIT(" [audit]");

    final String suffix;

    Variant(String suffix) {
      this.suffix = suffix;
    }
  }

  private FuzzCases() {}

  static List<FuzzCase> all() {
    List<FuzzCase> cases = new ArrayList<>();
    // Each field with the short secret, the one of special characters, and one of the others in turn.
    int fields = SecretFieldMutations.of(PlantedSecrets.SHORT).size();
    for (int field = 0; field < fields; field++) {
      for (Secret secret : List.of(PlantedSecrets.SHORT, PlantedSecrets.SPECIAL, ROTATING.get(field % ROTATING.size()))) {
        Mutation mutation = SecretFieldMutations.of(secret).get(field);
        cases.add(of("secret " + secret.name() + " in " + mutation.label(), List.of(mutation), Variant.CONVERT, ChartCheck.NONE));
      }
    }
    // The other ways a secret reaches the tool and its outputs, with the planted secrets taking turns.
    List<Mutation> rotation = rotatingSecrets();
    for (int field = 0; field < rotation.size(); field += 2) {
      cases.add(of("secret in " + rotation.get(field).label(), List.of(rotation.get(field)), Variant.OS_ENV, ChartCheck.NONE));
    }
    rotation.stream().filter(m -> m.expect() != FuzzCase.Expect.INVALID)
        .forEach(m -> cases.add(of("secret in " + m.label(), List.of(m), Variant.CONFIG, ChartCheck.NONE)));
    ValueMutations.outOfRange().forEach(m -> cases.add(of("range: " + m.label(), List.of(m), Variant.CONVERT,
        m.label().startsWith("stop_grace_period 600000h") ? ChartChecks.GRACE_PERIOD_EXACT : ChartChecks.NO_NEGATIVE_NUMBERS)));
    ValueMutations.names().forEach(m -> cases.add(of("name: " + m.label(), List.of(m), Variant.CONVERT, ChartChecks.RENDERS_VALID)));
    ValueMutations.portSyntaxes().forEach(m -> cases.add(of("port: " + m.label(), List.of(m), Variant.CONVERT,
        m.label().contains("6000:6000") || m.label().contains("6000-6001") ? ChartChecks.PORT_6000 : ChartCheck.NONE)));
    ValueMutations.wrongTypes().forEach(m -> cases.add(of("type: " + m.label(), List.of(m), Variant.CONVERT, ChartCheck.NONE)));
    ValueMutations.hints().forEach(m -> cases.add(of("hint: " + m.label(), List.of(m), Variant.CONVERT, ChartCheck.NONE)));
    rotation.stream().filter(m -> m.expect() == ACCEPTED)
        .forEach(m -> cases.add(of("secret in " + m.label(), List.of(m), Variant.AUDIT, ChartCheck.NONE)));
    // A value the Compose file itself writes out counts as published for messages; here it is also
    // a planted secret interpolated into a field that is refused.
    Mutation literal = SecretFieldMutations.of(PlantedSecrets.SPECIAL).stream()
        .filter(m -> m.label().startsWith("literal under")).findFirst().orElseThrow();
    cases.add(of(LITERAL_AND_REFUSED, List.of(literal,
        Mutation.app("ports", "ports", SecretFieldMutations.list("${SPECIAL_PASSWORD}:80"), FuzzCase.Expect.INVALID)),
        Variant.CONVERT, ChartCheck.NONE));
    cases.addAll(FileCases.all());
    cases.addAll(mixes(new Random(SEED)));
    return cases;
  }

  /** Each secret field once, with the planted secrets taking turns. */
  private static List<Mutation> rotatingSecrets() {
    List<Mutation> rotation = new ArrayList<>();
    List<Mutation> first = SecretFieldMutations.of(PlantedSecrets.ALL.get(0));
    for (int i = 0; i < first.size(); i++) {
      Secret secret = PlantedSecrets.ALL.get(i % PlantedSecrets.ALL.size());
      Mutation mutation = SecretFieldMutations.of(secret).get(i);
      rotation.add(new Mutation(mutation.label() + " <- " + secret.name(), mutation.appKeys(), mutation.topLevel(),
          mutation.services(), mutation.files(), mutation.envLines(), mutation.expect(), mutation.mentions()));
    }
    return rotation;
  }

  /** Two or three changes from every class at once, run as convert, config or --os-env. */
  private static List<FuzzCase> mixes(Random random) {
    List<Mutation> pool = new ArrayList<>();
    for (Secret secret : PlantedSecrets.ALL) {
      SecretFieldMutations.of(secret).forEach(m -> pool.add(relabel(m, m.label() + " <- " + secret.name())));
    }
    pool.addAll(ValueMutations.outOfRange());
    pool.addAll(ValueMutations.names());
    pool.addAll(ValueMutations.portSyntaxes());
    pool.addAll(ValueMutations.wrongTypes());
    pool.addAll(ValueMutations.hints());
    List<FuzzCase> mixes = new ArrayList<>();
    for (int index = 1; index <= MIXES; index++) {
      int size = 2 + random.nextInt(2);
      List<Mutation> chosen = new ArrayList<>();
      while (chosen.size() < size) {
        Mutation candidate = pool.get(random.nextInt(pool.size()));
        if (chosen.stream().allMatch(candidate::disjointFrom)) {
          chosen.add(candidate);
        }
      }
      int roll = random.nextInt(10);
      Variant variant = roll < 7 ? Variant.CONVERT : roll < 9 ? Variant.CONFIG : Variant.OS_ENV;
      String name = String.format("mix %02d: %s", index, String.join(" + ", chosen.stream().map(Mutation::label).toList()));
      mixes.add(of(name, chosen, variant, ChartCheck.NONE));
    }
    return mixes;
  }

  private static Mutation relabel(Mutation m, String label) {
    return new Mutation(label, m.appKeys(), m.topLevel(), m.services(), m.files(), m.envLines(), m.expect(), m.mentions());
  }

  /** The fuzz project with {@code mutations} applied, run the {@code variant} way. */
  static FuzzCase of(String name, List<Mutation> mutations, Variant variant, ChartCheck check) {
    List<String> envLines = mutations.stream().flatMap(m -> m.envLines().stream()).toList();
    FuzzCase.Builder builder = FuzzCase.convert(name + variant.suffix, FuzzProject.compose(mutations))
        .file(ENV_FILE, PlantedSecrets.dotenv(envLines.toArray(String[]::new)))
        .check(check);
    mutations.forEach(m -> m.files().forEach(builder::file));
    Expect expect = mutations.stream().map(Mutation::expect).reduce(ACCEPTED, Expect::and);
    if (mutations.size() == 1) {
      builder.mentions(mutations.get(0).mentions().toArray(String[]::new));
    }
    switch (variant) {
      case CONVERT -> builder.expect(expect);
      case OS_ENV -> builder.file(ENV_FILE, PlantedSecrets.dotenvWithoutSecrets(envLines))
          .osEnv(PlantedSecrets.asEnvironment())
          .command("convert", "--os-env")
          .expect(expect);
      // config resolves the model without mapping it, so what only Kubernetes refuses may pass there.
      case CONFIG -> builder.command("config").expect(expect == ACCEPTED ? ACCEPTED : ACCEPTED_OR_INVALID);
      case AUDIT -> builder.command("audit", "--fail-on", "none").expect(expect == ACCEPTED ? ACCEPTED : ACCEPTED_OR_INVALID);
    }
    return builder.build();
  }
}
