package io.compose2helm.compose.env;

import java.util.Map;
import java.util.function.Function;

/**
 * Interpolation lookups that ask one source of variables, then another: the process environment
 * and the env files, an including project and an included one, a file's outside and its own keys.
 * Classes, not lambdas: each lambda costs a tenth of a millisecond or more to link on JDK 17.
 */
public final class VariableLookups {

  private VariableLookups() {}

  /** {@code first}'s value of every name it holds (set to anything), else {@code second}'s. */
  public static Function<String, String> firstHolding(Map<String, String> first, Map<String, String> second) {
    return new FirstHolding(first, second);
  }

  /** {@code first}'s value unless it gives none (or there is no {@code first}), else {@code second}'s. */
  public static Function<String, String> firstSetting(Function<String, String> first, Map<String, String> second) {
    return new FirstSetting(first, second);
  }

  private static final class FirstHolding implements Function<String, String> {
    private final Map<String, String> first;
    private final Map<String, String> second;

    FirstHolding(Map<String, String> first, Map<String, String> second) {
      this.first = first;
      this.second = second;
    }

    @Override
    public String apply(String name) {
      return first.containsKey(name) ? first.get(name) : second.get(name);
    }
  }

  private static final class FirstSetting implements Function<String, String> {
    private final Function<String, String> first;
    private final Map<String, String> second;

    FirstSetting(Function<String, String> first, Map<String, String> second) {
      this.first = first;
      this.second = second;
    }

    @Override
    public String apply(String name) {
      String value = first == null ? null : first.apply(name);
      return value != null ? value : second.get(name);
    }
  }
}
