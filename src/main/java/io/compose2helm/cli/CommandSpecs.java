package io.compose2helm.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.TypeConversionException;

/**
 * The parts of picocli's model every command builds the same way. The model is built in code: from
 * annotations picocli would read it by reflection at every start, through proxy classes the JDK
 * generates at run time (which no startup archive can hold) and reflective field access.
 */
final class CommandSpecs {

  private static final Version VERSION = new Version();

  /** Picocli's own Path converter calls {@code Paths.get} by reflection; its message is kept. */
  static final ITypeConverter<Path> PATH = new PathConverter();

  private CommandSpecs() {}

  /**
   * A command running {@code command}'s {@code call()}, with its description and the standard
   * {@code -h, --help} and {@code -V, --version} options ({@code mixinStandardHelpOptions} would
   * read them from picocli's annotated mixin).
   */
  static CommandSpec command(Object command, String name, String... description) {
    CommandSpec spec = CommandSpec.wrapWithoutInspection(command).name(name).versionProvider(VERSION);
    spec.usageMessage().description(description);
    add(spec, OptionSpec.builder("-h", "--help").usageHelp(true).description("Show this help message and exit."));
    add(spec, OptionSpec.builder("-V", "--version").versionHelp(true).description("Print version information and exit."));
    return spec;
  }

  /** A path argument as picocli converts it ({@link #PATH}), with its message for one that is not a path. */
  static Path path(String value) {
    try {
      return Path.of(value);
    } catch (InvalidPathException e) {
      throw new TypeConversionException("cannot convert '" + value + "' to " + Path.class + " (" + e + ")");
    }
  }

  /** Adds the option to the command; its value is read from the returned spec after parsing. */
  static OptionSpec add(CommandSpec spec, OptionSpec.Builder option) {
    OptionSpec built = option.build();
    spec.addOption(built);
    return built;
  }

  static PositionalParamSpec add(CommandSpec spec, PositionalParamSpec.Builder parameters) {
    PositionalParamSpec built = parameters.build();
    spec.addPositional(built);
    return built;
  }

  /**
   * An option taking one of {@code constants}, matched ignoring case, with picocli's message for
   * another value. Picocli's own enum conversion and completion candidates list the constants by
   * reflection ({@code Class.getEnumConstants}).
   */
  static <E extends Enum<E>> OptionSpec.Builder oneOf(OptionSpec.Builder option, Class<E> type, E[] constants) {
    List<String> names = new ArrayList<>();
    for (E constant : constants) {
      names.add(constant.name());
    }
    return option.type(type).completionCandidates(List.copyOf(names))
        .converters(new ConstantConverter<>(constants, names));
  }

  /** Whether a flag (an option without a value) was given. */
  static boolean isSet(OptionSpec flag) {
    return Boolean.TRUE.equals(flag.getValue());
  }

  /** The values of a repeatable option or of positional parameters, in command-line order; empty when none were given. */
  static <T> List<T> values(ArgSpec arg) {
    List<T> values = arg.getValue();
    return values == null ? List.of() : values;
  }

  private static final class PathConverter implements ITypeConverter<Path> {
    @Override
    public Path convert(String value) {
      return path(value);
    }
  }

  /** The constant whose name is the value, ignoring case. */
  private static final class ConstantConverter<E extends Enum<E>> implements ITypeConverter<E> {
    private final E[] constants;
    private final List<String> names;

    ConstantConverter(E[] constants, List<String> names) {
      this.constants = constants;
      this.names = names;
    }

    @Override
    public E convert(String value) {
      for (E constant : constants) {
        if (constant.name().equalsIgnoreCase(value)) {
          return constant;
        }
      }
      throw new TypeConversionException("expected one of " + names + " (case-insensitive) but was '" + value + "'");
    }
  }
}
