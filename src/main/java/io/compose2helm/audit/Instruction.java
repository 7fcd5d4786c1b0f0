package io.compose2helm.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One Dockerfile instruction after continuations are joined.
 *
 * @param line the 1-based line where the instruction starts
 * @param keyword the instruction name in upper case ({@code RUN}, {@code COPY}, ...)
 * @param arguments everything after the keyword, trimmed; heredoc bodies follow on new lines
 */
public record Instruction(int line, String keyword, String arguments) {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern LEADING_FLAG = Pattern.compile("^--([A-Za-z-]+)(?:=(\\S*))?\\s*");

  public boolean is(String name) {
    return keyword.equals(name);
  }

  /**
   * The argv of an exec-form instruction ({@code ["node", "server.js"]}), or empty for shell form.
   * Docker itself falls back to shell form when the array is not valid JSON, so we do the same.
   */
  public Optional<List<String>> execForm() {
    String rest = afterFlags();
    if (!rest.startsWith("[")) {
      return Optional.empty();
    }
    try {
      return Optional.of(Arrays.asList(JSON.readValue(rest, String[].class)));
    } catch (JsonProcessingException notJson) {
      return Optional.empty();
    }
  }

  /** The value of a leading flag ({@code --from=deps} gives {@code deps}), if present. */
  public Optional<String> flag(String name) {
    String rest = arguments;
    Matcher flag = LEADING_FLAG.matcher(rest);
    while (flag.find()) {
      if (flag.group(1).equals(name)) {
        return Optional.ofNullable(flag.group(2)).or(() -> Optional.of(""));
      }
      rest = rest.substring(flag.end());
      flag = LEADING_FLAG.matcher(rest);
    }
    return Optional.empty();
  }

  /** The arguments after the flags: argv for exec form, whitespace-separated words otherwise. */
  public List<String> operands() {
    Optional<List<String>> exec = execForm();
    if (exec.isPresent()) {
      return exec.get();
    }
    // Only the first line: later lines of a heredoc instruction are its body, not operands.
    String firstLine = afterFlags().lines().findFirst().orElse("").trim();
    return firstLine.isEmpty() ? List.of() : Arrays.asList(firstLine.split("\\s+"));
  }

  /** The arguments with leading {@code --flag[=value]} words removed. */
  public String afterFlags() {
    String rest = arguments;
    Matcher flag = LEADING_FLAG.matcher(rest);
    while (flag.find()) {
      rest = rest.substring(flag.end());
      flag = LEADING_FLAG.matcher(rest);
    }
    return rest;
  }
}
