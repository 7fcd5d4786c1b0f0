package io.compose2helm.fuzz;

import io.compose2helm.fuzz.FuzzCase.ChartCheck;
import io.compose2helm.it.ChartValidation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Checks of the chart an accepted fuzz case wrote, for the classes whose danger is a silent wrong value. */
final class ChartChecks {

  private static final Pattern NEGATIVE_NUMBER = Pattern.compile("(?m)^\\s*([\\w.-]+): '?(-\\d+)");
  private static final Pattern GRACE_PERIOD = Pattern.compile("terminationGracePeriodSeconds: (\\d+)");

  private ChartChecks() {}

  /** The chart renders for local and every object passes the strict schema, names included. */
  static final ChartCheck RENDERS_VALID = chart -> {
    try {
      return ChartValidation.SCHEMA.validate(ChartValidation.render(chart, "local")).stream()
          .map(problem -> "rendered: " + problem).toList();
    } catch (RuntimeException | AssertionError e) {
      return List.of("the chart does not render: " + e.getMessage());
    }
  };

  /** No count, size or duration in values.yaml wrapped around to a negative number. */
  static final ChartCheck NO_NEGATIVE_NUMBERS = chart -> {
    List<String> problems = new ArrayList<>();
    Matcher negative = NEGATIVE_NUMBER.matcher(values(chart));
    while (negative.find()) {
      problems.add("values.yaml: " + negative.group(1) + ": " + negative.group(2));
    }
    return problems;
  };

  /** 600000h is 2,160,000,000 seconds, past int32: kept exact or refused, never wrapped. */
  static final ChartCheck GRACE_PERIOD_EXACT = chart -> {
    Matcher period = GRACE_PERIOD.matcher(values(chart));
    List<String> problems = new ArrayList<>(NO_NEGATIVE_NUMBERS.problems(chart));
    while (period.find()) {
      if (!period.group(1).equals("45") && !period.group(1).equals("2160000000")) {
        problems.add("terminationGracePeriodSeconds " + period.group(1) + " for 600000h");
      }
    }
    return problems;
  };

  /** The ports case maps container port 6000. */
  static final ChartCheck PORT_6000 = chart -> values(chart).contains("containerPort: 6000")
      ? RENDERS_VALID.problems(chart) : List.of("values.yaml has no containerPort 6000");

  private static String values(Path chart) {
    try {
      return Files.readString(chart.resolve("values.yaml"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
