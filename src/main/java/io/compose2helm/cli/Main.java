package io.compose2helm.cli;

import io.compose2helm.chart.BuildStamp;
import io.compose2helm.diagnostics.InputException;
import io.compose2helm.diagnostics.InputLog;
import io.compose2helm.diagnostics.TextFiles;
import io.compose2helm.diagnostics.Timings;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Entry point. An instance with its own writers and environment, so tests run the CLI in process
 * and read what it printed; only {@link #main} touches the real process.
 */
public final class Main {

  private static final Set<String> ROOT_OPTIONS = Set.of("-h", "--help", "-V", "--version");
  /** The subcommands' names, in the order the root's help lists them. */
  private static final List<String> COMMANDS = List.of("convert", "audit", "check", "diff", "config");

  static {
    // At every start picocli registers converters for java.sql and java.time types by reflection,
    // loading the java.sql module's classes; no option here has such a type. Its Path converter
    // would call Paths.get by reflection: Path options carry their own (CommandSpecs.PATH).
    if (System.getProperty("picocli.converters.excludes") == null) {
      System.setProperty("picocli.converters.excludes", "java\\.(sql|time)\\..*,java\\.nio\\.file\\.Path");
    }
    if (System.getProperty("picocli.disable.closures") == null) {
      System.setProperty("picocli.disable.closures", "true");
    }
  }

  private final PrintWriter out;
  private final PrintWriter err;
  private final Map<String, String> environment;
  private final Supplier<Optional<String>> build;

  public Main(PrintWriter out, PrintWriter err, Map<String, String> environment) {
    // null, not BuildStamp::ofRunningJar: a replayed run links no lambda (the first costs ~10 ms on JDK 17)
    this(out, err, environment, null);
  }

  /**
   * @param build names the build that runs, for the runs kept between runs (empty: nothing is kept);
   *     null for the jar these classes come from
   */
  Main(PrintWriter out, PrintWriter err, Map<String, String> environment, Supplier<Optional<String>> build) {
    this.out = out;
    this.err = err;
    this.environment = environment;
    this.build = build;
  }

  public static void main(String[] args) {
    Timings.mainStarted();
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    System.exit(new Main(out, err, System.getenv()).run(args));
  }

  public int run(String... args) {
    Optional<UnchangedRuns> runs = environment.containsKey(ChartSource.RENDER_CACHE)
        ? UnchangedRuns.forRun(environment, (build == null ? BuildStamp.ofRunningJar() : build.get()).orElse(null), args)
        : Optional.empty();
    return runs.isEmpty() ? execute(CliContext.redacting(out, err, environment, ChartWatch.NONE), args)
        : replayOrKeep(runs.get(), args);
  }

  /** Replays the kept run for these arguments, or runs them and keeps the run when it qualifies. */
  private int replayOrKeep(UnchangedRuns runs, String... args) {
    Optional<UnchangedRuns.Replay> replay = runs.replay();
    if (replay.isPresent()) {
      Transcript.replay(replay.get().printed(), out, err);
      return replay.get().exitCode();
    }
    Transcript printed = new Transcript();
    CliContext context = CliContext.redacting(CopyingWriter.around(out, printed, Transcript.OUT),
        CopyingWriter.around(err, printed, Transcript.ERR), environment, runs);
    int code;
    InputLog.Recording inputs;
    InputLog.start();
    try {
      code = execute(context, args);
    } finally {
      inputs = InputLog.stop();
    }
    runs.keep(inputs, code, printed.parts());
    return code;
  }

  private int execute(CliContext context, String... args) {
    long started = System.nanoTime();
    JarIndexOpener.start();
    ComposeFileGuess.parseAhead(args);
    String[] effective = withDefaultCommand(args);
    CommandLine commandLine;
    // A run that names its command parses with that one's model alone, under the qualified name its
    // usage shows: every picocli model compiles four regular expressions when made, and the root's
    // would only pass the arguments on. --version builds no command; the root's help (and its
    // usage errors) list them all.
    if (effective.length > 0 && COMMANDS.contains(effective[0])) {
      CommandSpec spec = command(effective[0], context);
      spec.name(RootCommand.NAME + " " + effective[0]);
      commandLine = new CommandLine(spec);
      effective = Arrays.copyOfRange(effective, 1, effective.length);
    } else {
      commandLine = new CommandLine(RootCommand.spec());
      if (!isVersionOnly(effective)) {
        for (String name : COMMANDS) {
          commandLine.addSubcommand(name, command(name, context));
        }
      }
    }
    commandLine.setOut(context.out());
    commandLine.setErr(context.err());
    commandLine.setParameterExceptionHandler(new UsageError());
    commandLine.setExecutionExceptionHandler(new ExecutionError());
    commandLine.setExitCodeExceptionMapper(new InternalExitCode());
    commandLine.setExecutionStrategy(new TimedParse(started));
    int code;
    try {
      code = commandLine.execute(effective);
    } catch (StackOverflowError | OutOfMemoryError e) {
      // Input limits should stop this first; if one is missing, still no JVM trace, and it is a bug.
      context.err().println("compose2helm: internal error: " + (e instanceof StackOverflowError
          ? "the input nests too deeply (stack overflow)" : "out of memory") + ". Please report this as a bug.");
      code = ExitCodes.INTERNAL;
    }
    context.out().flush();
    if (Arrays.asList(args).contains(CommonOptions.TIMINGS)) {
      Timings.print(context.err());
    }
    context.err().flush();
    return code;
  }

  /** The model of the subcommand named {@code name}, one of {@link #COMMANDS}. */
  private static CommandSpec command(String name, CliContext context) {
    return switch (name) {
      case "convert" -> new ConvertCommand(context).spec();
      case "audit" -> new AuditCommand(context).spec();
      case "check" -> new CheckCommand(context).spec();
      case "diff" -> new DiffCommand(context).spec();
      case "config" -> new ConfigCommand(context).spec();
      default -> throw new IllegalArgumentException("no command " + name);
    };
  }

  private static boolean isVersionOnly(String[] args) {
    return args.length == 1 && (args[0].equals("-V") || args[0].equals("--version"));
  }

  /** {@code compose2helm FILE} means {@code compose2helm convert FILE}. */
  private static String[] withDefaultCommand(String[] args) {
    if (args.length == 0 || ROOT_OPTIONS.contains(args[0]) || COMMANDS.contains(args[0])) {
      return args;
    }
    List<String> withConvert = new ArrayList<>(Arrays.asList(args));
    withConvert.add(0, "convert");
    return withConvert.toArray(new String[0]);
  }

  /** Picocli's usage error, with a pointer to the help. */
  private static final class UsageError implements CommandLine.IParameterExceptionHandler {
    @Override
    public int handleParseException(CommandLine.ParameterException e, String[] args) {
      PrintWriter err = e.getCommandLine().getErr();
      err.println("compose2helm: " + e.getMessage());
      err.println("Run 'compose2helm --help' for usage.");
      err.flush();
      return ExitCodes.USAGE;
    }
  }

  /** What a command threw: invalid input, an unreadable or unwritable file, or a bug. */
  private static final class ExecutionError implements CommandLine.IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
      PrintWriter err = commandLine.getErr();
      if (e instanceof InputException input) {
        new DiagnosticPrinter(err).print(input.diagnostics());
        err.println("compose2helm: the input is invalid; nothing was written.");
        err.flush();
        return ExitCodes.INVALID_INPUT;
      }
      if (e instanceof UncheckedIOException io && io.getCause() instanceof FileSystemException cause) {
        // A file that cannot be read or written is the machine's state, not a bug: say which and why.
        err.println("compose2helm: error: " + TextFiles.describe(cause) + "; nothing was written.");
        err.flush();
        return ExitCodes.INVALID_INPUT;
      }
      err.println("compose2helm: internal error: " + e.getMessage());
      if (commandLine.getParseResult() != null
          && commandLine.getParseResult().hasMatchedOption(CommonOptions.STACKTRACE)) {
        e.printStackTrace(err);
      } else {
        err.println("Rerun with --stacktrace for details.");
      }
      err.flush();
      return ExitCodes.INTERNAL;
    }
  }

  /** Any exception picocli has to turn into an exit code is an internal error. */
  private static final class InternalExitCode implements CommandLine.IExitCodeExceptionMapper {
    @Override
    public int getExitCode(Throwable exception) {
      return ExitCodes.INTERNAL;
    }
  }

  /** Records the command line parsing, which ends here, then runs the command. */
  private static final class TimedParse implements CommandLine.IExecutionStrategy {
    private final long started;

    TimedParse(long started) {
      this.started = started;
    }

    @Override
    public int execute(CommandLine.ParseResult parsed) {
      Timings.record("cli parse", started);
      return new CommandLine.RunLast().execute(parsed);
    }
  }
}
