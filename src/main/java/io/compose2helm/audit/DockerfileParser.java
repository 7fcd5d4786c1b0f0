package io.compose2helm.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads Dockerfile text into instructions with the line each starts on. Covers what real
 * Dockerfiles use: the {@code # escape=} directive, line continuations (with comments and blank
 * lines inside them), heredocs and multi-stage builds. It does not expand variables.
 */
public final class DockerfileParser {

  private static final Pattern DIRECTIVE = Pattern.compile("#\\s*([A-Za-z]+)\\s*=\\s*(\\S+)\\s*");
  private static final Pattern HEREDOC =
      Pattern.compile("<<(-?)([\"']?)([A-Za-z_][A-Za-z0-9_]*)\\2");

  public Dockerfile parse(String text) {
    // A UTF-8 byte order mark would otherwise hide the first directive or keyword.
    List<String> lines = text.replaceFirst("^\uFEFF", "").lines().toList();
    List<Instruction> instructions = new ArrayList<>();
    char escape = '\\';
    boolean directivesAllowed = true;
    int i = 0;
    while (i < lines.size()) {
      String trimmed = lines.get(i).strip();
      if (directivesAllowed) {
        Matcher directive = DIRECTIVE.matcher(trimmed);
        if (directive.matches()) {
          if (directive.group(1).equalsIgnoreCase("escape")) {
            escape = directive.group(2).charAt(0);
          }
          i++;
          continue;
        }
        // Docker stops looking for directives at the first other line, even a blank one.
        directivesAllowed = false;
      }
      if (trimmed.isEmpty() || trimmed.startsWith("#")) {
        i++;
        continue;
      }
      int startLine = i + 1;
      StringBuilder logical = new StringBuilder();
      i = joinContinuations(lines, i, escape, logical);
      String[] split = logical.toString().strip().split("\\s+", 2);
      String keyword = split[0].toUpperCase(Locale.ROOT);
      StringBuilder arguments = new StringBuilder(split.length > 1 ? split[1].strip() : "");
      i = readHeredocBodies(lines, i, arguments);
      instructions.add(new Instruction(startLine, keyword, arguments.toString()));
    }
    return new Dockerfile(List.copyOf(instructions), StageSplitter.split(instructions));
  }

  /** Appends the logical line starting at {@code start}; returns the index after it. */
  private static int joinContinuations(
      List<String> lines, int start, char escape, StringBuilder logical) {
    int i = start;
    while (i < lines.size()) {
      String content = lines.get(i).stripTrailing();
      i++;
      if (content.isEmpty() || content.charAt(content.length() - 1) != escape) {
        logical.append(content);
        return i;
      }
      logical.append(content, 0, content.length() - 1);
      // Comment and blank lines inside a continuation are dropped by Docker, not ends of it.
      while (i < lines.size() && (lines.get(i).isBlank() || lines.get(i).strip().startsWith("#"))) {
        i++;
      }
    }
    return i;
  }

  /** For {@code RUN <<EOF} and friends, appends each body and returns the index after them. */
  private static int readHeredocBodies(List<String> lines, int start, StringBuilder arguments) {
    int i = start;
    Matcher heredoc = HEREDOC.matcher(arguments.toString());
    List<String> terminators = new ArrayList<>();
    while (heredoc.find()) {
      terminators.add(heredoc.group(3));
    }
    for (String terminator : terminators) {
      while (i < lines.size()) {
        String line = lines.get(i++);
        if (line.strip().equals(terminator)) {
          break;
        }
        arguments.append('\n').append(line);
      }
    }
    return i;
  }
}
