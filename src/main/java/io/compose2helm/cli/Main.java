package io.compose2helm.cli;

import io.compose2helm.diagnostics.InputException;
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
import java.util.Set;
import picocli.CommandLine;

/**
 * Entry point. An instance with its own writers and environment, so tests run the CLI in process
 * and read what it printed; only {@link #main} touches the real process.
 */
public final class Main {

  private static final Set<String> ROOT_OPTIONS = Set.of("-h", "--help", "-V", "--version");

  private final CliContext context;

  public Main(PrintWriter out, PrintWriter err, Map<String, String> environment) {
    this.context = CliContext.redacting(out, err, environment);
  }

  public static void main(String[] args) {
    Timings.mainStarted();
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    System.exit(new Main(out, err, System.getenv()).run(args));
  }

  public int run(String... args) {
    long started = System.nanoTime();
    CommandLine commandLine = new CommandLine(new RootCommand());
    commandLine.addSubcommand("convert", new ConvertCommand(context));
    commandLine.addSubcommand("audit", new AuditCommand(context));
    commandLine.addSubcommand("check", new CheckCommand(context));
    commandLine.addSubcommand("diff", new DiffCommand(context));
    commandLine.addSubcommand("config", new ConfigCommand(context));
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    commandLine.setOut(context.out());
    commandLine.setErr(context.err());
    commandLine.setParameterExceptionHandler(this::usageError);
    commandLine.setExecutionExceptionHandler(this::executionError);
    commandLine.setExitCodeExceptionMapper(e -> ExitCodes.INTERNAL);
    commandLine.setExecutionStrategy(parsed -> {
      Timings.record("cli parse", started);
      return new CommandLine.RunLast().execute(parsed);
    });
    int code = commandLine.execute(withDefaultCommand(commandLine, args));
    context.out().flush();
    if (Arrays.asList(args).contains(CommonOptions.TIMINGS)) {
      Timings.print(context.err());
    }
    context.err().flush();
    return code;
  }

  /** {@code compose2helm FILE} means {@code compose2helm convert FILE}. */
  private static String[] withDefaultCommand(CommandLine commandLine, String[] args) {
    if (args.length == 0 || ROOT_OPTIONS.contains(args[0]) || commandLine.getSubcommands().containsKey(args[0])) {
      return args;
    }
    List<String> withConvert = new ArrayList<>(Arrays.asList(args));
    withConvert.add(0, "convert");
    return withConvert.toArray(String[]::new);
  }

  private int usageError(CommandLine.ParameterException e, String[] args) {
    PrintWriter err = e.getCommandLine().getErr();
    err.println("compose2helm: " + e.getMessage());
    err.println("Run 'compose2helm --help' for usage.");
    err.flush();
    return ExitCodes.USAGE;
  }

  private int executionError(Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
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
    if (commandLine.getParseResult() != null && commandLine.getParseResult().hasMatchedOption("--stacktrace")) {
      e.printStackTrace(err);
    } else {
      err.println("Rerun with --stacktrace for details.");
    }
    err.flush();
    return ExitCodes.INTERNAL;
  }
}
