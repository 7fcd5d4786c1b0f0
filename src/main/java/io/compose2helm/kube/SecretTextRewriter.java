package io.compose2helm.kube;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Text that embeds secret values becomes shell text that reads them from the container's
 * environment: Kubernetes expands {@code $(NAME)} in command and args only, so a probe command
 * (or anything else run by a shell) must say {@code "$NAME"} and the container must have NAME
 * from the Secret. The rewritten text runs as the original did, since the variable holds the very
 * value it replaces.
 *
 * @param shell the shell command line, for {@code sh -c}
 * @param variables the secret variables it reads, each needed in the container's environment
 */
public record SecretTextRewriter(String shell, Set<String> variables) {

  // Characters no shell treats specially; an empty literal needs no quotes beside an expansion.
  private static final Pattern SAFE_WORD = Pattern.compile("[A-Za-z0-9_./:=@%+,-]*");

  /**
   * Rewrites a shell command line ({@code CMD-SHELL}), keeping its quoting: a secret inside single
   * quotes closes and reopens them around a double-quoted expansion.
   *
   * @param secrets the embedded secrets, name to value, as {@link SecretVariables#interpolatedInto} found them
   */
  public static SecretTextRewriter ofShell(String line, Map<String, String> secrets) {
    Set<String> used = new LinkedHashSet<>();
    return new SecretTextRewriter(rewrite(line, ordered(secrets), used), used);
  }

  /** Rewrites an argv ({@code CMD}) as one shell command line, each word quoted. */
  public static SecretTextRewriter ofArgv(List<String> argv, Map<String, String> secrets) {
    Map<String, String> ordered = ordered(secrets);
    Set<String> used = new LinkedHashSet<>();
    List<String> words = new ArrayList<>();
    for (String word : argv) {
      words.add(quotedWord(word, ordered, used));
    }
    return new SecretTextRewriter("exec " + String.join(" ", words), used);
  }

  // A word as literal pieces, quoted only when the shell would change them, and expansions.
  private static String quotedWord(String word, Map<String, String> secrets, Set<String> used) {
    StringBuilder out = new StringBuilder();
    StringBuilder literal = new StringBuilder();
    int i = 0;
    while (i < word.length()) {
      Map.Entry<String, String> secret = secretAt(word, i, secrets);
      if (secret == null) {
        literal.append(word.charAt(i++));
        continue;
      }
      out.append(shellLiteral(literal.toString()));
      literal.setLength(0);
      i += secret.getValue().length();
      out.append("\"$").append(secret.getKey()).append('"');
      used.add(secret.getKey());
    }
    out.append(shellLiteral(literal.toString()));
    return out.isEmpty() ? "''" : out.toString();
  }

  private static String shellLiteral(String text) {
    if (SAFE_WORD.matcher(text).matches()) {
      return text;
    }
    return "'" + text.replace("'", "'\"'\"'") + "'";
  }

  // Longest values first, so a secret that contains another is replaced whole.
  private static Map<String, String> ordered(Map<String, String> secrets) {
    List<Map.Entry<String, String>> nonEmpty = new ArrayList<>();
    for (Map.Entry<String, String> secret : secrets.entrySet()) {
      if (secret.getValue() != null && !secret.getValue().isEmpty()) {
        nonEmpty.add(secret);
      }
    }
    nonEmpty.sort(new LongestValueFirst());
    Map<String, String> result = new LinkedHashMap<>();
    for (Map.Entry<String, String> secret : nonEmpty) {
      result.put(secret.getKey(), secret.getValue());
    }
    return result;
  }


  private enum Quote { NONE, SINGLE, DOUBLE }

  private static String rewrite(String text, Map<String, String> secrets, Set<String> used) {
    StringBuilder out = new StringBuilder(text.length());
    Quote quote = Quote.NONE;
    int i = 0;
    while (i < text.length()) {
      Map.Entry<String, String> secret = secretAt(text, i, secrets);
      if (secret != null) {
        int end = i + secret.getValue().length();
        out.append(expansion(secret.getKey(), quote, end < text.length() ? text.charAt(end) : ' '));
        used.add(secret.getKey());
        i = end;
        continue;
      }
      char c = text.charAt(i);
      if (c == '\\' && quote != Quote.SINGLE && secretAt(text, i + 1, secrets) != null) {
        // An escaped first character: unquoted, \s is s; in double quotes the backslash is kept.
        out.append(quote == Quote.DOUBLE ? "\\\\" : "");
        i++;
        continue;
      }
      out.append(c);
      if (c == '\\' && quote != Quote.SINGLE && i + 1 < text.length()) {
        out.append(text.charAt(i + 1));
        i += 2;
        continue;
      }
      if (c == '\'' && quote != Quote.DOUBLE) {
        quote = quote == Quote.SINGLE ? Quote.NONE : Quote.SINGLE;
      } else if (c == '"' && quote != Quote.SINGLE) {
        quote = quote == Quote.DOUBLE ? Quote.NONE : Quote.DOUBLE;
      }
      i++;
    }
    return out.toString();
  }

  private static Map.Entry<String, String> secretAt(String text, int at, Map<String, String> secrets) {
    for (Map.Entry<String, String> secret : secrets.entrySet()) {
      if (text.startsWith(secret.getValue(), at)) {
        return secret;
      }
    }
    return null;
  }

  private static String expansion(String name, Quote quote, char next) {
    boolean braces = Character.isLetterOrDigit(next) || next == '_';
    String reference = braces ? "${" + name + "}" : "$" + name;
    return switch (quote) {
      case NONE -> "\"" + reference + "\"";
      case DOUBLE -> reference;
      case SINGLE -> "'\"" + reference + "\"'";
    };
  }
}
