package io.compose2helm.diagnostics;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one place that decides what output may show: every line printed to stdout or stderr
 * (diagnostics, {@code config}, {@code audit}, internal errors) passes through {@link #redact}.
 * The rule, whatever a secret's length:
 *
 * <ul>
 *   <li>the password of a URL ({@code scheme://user:password@host}) is always hidden;
 *   <li>a secret value, and its URL-encoded, base64 and quoted forms, is hidden wherever it appears; a
 *       whole value reads {@code ${NAME}} (the Compose text it came from), anything else {@code
 *       <secret>};
 *   <li>a piece of a secret is hidden where it stands as a word of its own: a run of whole
 *       segments (the value split at anything but letters and digits, as parsers split) of
 *       {@value #PIECE} characters or more, so a parser that split {@code S3cr3t-XYZ-123} quoting
 *       {@code S3cr3t} shows {@code <secret>};
 *   <li>a secret shorter than {@value #PIECE} characters is hidden where it stands as a word of
 *       its own (not inside a longer run of letters and digits), so {@code ab} does not eat every
 *       "about";
 *   <li>text the user publishes anyway (the Compose files as written, their paths, the project
 *       name) is not hidden when the secret is a plain word: {@code image: postgres} stays readable
 *       beside a password {@code postgres}, as the Compose file shows it to anyone who reads it; a
 *       secret, or a piece of one, with any other character is hidden even there.
 * </ul>
 *
 * Which variables are secrets is decided elsewhere (the chart mapping's classification); this
 * class only learns their values, as soon as they are known.
 */
public final class Redactor {

  /** What a hidden piece of text is shown as. */
  public static final String MASKED = "<secret>";

  static final int PIECE = 4;

  /**
   * The expressions live in holders, compiled when first used: most runs print no URL, and
   * compiling it cost 3 to 5 ms of each on JDK 17.
   */
  private static final class UrlPasswords {
    // scheme://user:password@ : group 1 is kept, group 2 (the password) hidden.
    static final Pattern PATTERN = Pattern.compile("([a-zA-Z][a-zA-Z0-9+.-]*://[^/\\s:@]*:)([^/\\s@]+)@");
    static final String HIDDEN = "$1" + Matcher.quoteReplacement(MASKED) + "@";

    private UrlPasswords() {}
  }

  private static final class Words {
    static final Pattern VARIABLE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    static final Pattern SEGMENT = Pattern.compile("[\\p{L}\\p{N}]+");

    private Words() {}
  }

  private final Map<String, String> valueByName = new TreeMap<>();
  private final List<String> publicTexts = new ArrayList<>();
  private Forms forms;

  /**
   * Adds or replaces a secret; an empty or null value hides nothing. A {@code name} that is a
   * variable name is how the whole value is shown ({@code ${NAME}}); other keys show {@value #MASKED}.
   */
  public synchronized void learn(String name, String value) {
    if (value == null || value.isEmpty()) {
      valueByName.remove(name);
    } else {
      valueByName.put(name, value);
    }
    forms = null;
  }

  public synchronized void learnAll(Map<String, String> secrets) {
    for (Map.Entry<String, String> secret : secrets.entrySet()) {
      learn(secret.getKey(), secret.getValue());
    }
  }

  /**
   * Text the user publishes anyway (the Compose files as written, their paths, the project name): a
   * match that this text holds is shown, so {@code image: postgres} stays readable beside {@code
   * POSTGRES_PASSWORD=postgres}, and the project name beside a password that begins with it.
   */
  public synchronized void learnPublic(String text) {
    if (text != null && !text.isEmpty()) {
      publicTexts.add(text);
      forms = null;
    }
  }

  /** The variable is no secret after all ({@code plainVariables}); other secrets stay hidden. */
  public synchronized void forget(String name) {
    valueByName.remove(name);
    forms = null;
  }

  /** {@code text} with every URL password and every form or piece of a known secret hidden. */
  public synchronized String redact(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    // No URL password without "://": the expression need not run (nor be compiled) for such a text.
    String withoutUrlPasswords = text.contains("://")
        ? UrlPasswords.PATTERN.matcher(text).replaceAll(UrlPasswords.HIDDEN) : text;
    if (valueByName.isEmpty()) {
      return withoutUrlPasswords;
    }
    if (forms == null) {
      forms = new Forms(valueByName, publicTexts);
    }
    return forms.hide(withoutUrlPasswords);
  }

  /**
   * Whether {@code text} shows {@code secret} whole, by the rule above: anywhere for a secret of
   * {@value #PIECE} characters or more, as a word of its own for a shorter one.
   */
  public static boolean shows(String text, String secret) {
    if (text == null || secret == null || secret.isEmpty()) {
      return false;
    }
    if (secret.length() >= PIECE) {
      return text.contains(secret);
    }
    for (int at = text.indexOf(secret); at >= 0; at = text.indexOf(secret, at + 1)) {
      if (Forms.standsAlone(text, at, at + secret.length())) {
        return true;
      }
    }
    return false;
  }

  private static boolean isPublic(String match, List<String> publicTexts) {
    // The mask itself stays readable: a secret with the segment "secret" must not turn an
    // already hidden value's <secret> into <<secret>>.
    if (shows(MASKED, match)) {
      return true;
    }
    for (String text : publicTexts) {
      if (shows(text, match)) {
        return true;
      }
    }
    return false;
  }

  /** The strings to hide, computed once per set of secrets. */
  private static final class Forms {
    // Whole values and their encodings, then pieces; longest first, so the longest match wins.
    private final List<String> whole = new ArrayList<>();
    private final List<String> pieces = new ArrayList<>();
    private final Map<String, String> nameOfValue = new HashMap<>();
    // Forms that stay readable where the public texts hold them: a plain word's forms (unless a
    // value with punctuation has the same form), and pieces that are plain words. Whether a text
    // holds one is asked only of the forms a printed text holds, once each: asking it of every form
    // up front searched the Compose text for each, most of a first message's time.
    private final Set<String> wholeReadableIfPublic = new HashSet<>();
    private final Set<String> pieceReadableIfPublic = new HashSet<>();
    private final Map<String, Boolean> publicForms = new HashMap<>();
    private final List<String> publicTexts;

    Forms(Map<String, String> valueByName, List<String> publicTexts) {
      this.publicTexts = publicTexts;
      Map<String, Set<String>> namesByValue = namesByValue(valueByName);
      Set<String> plainWordForms = new LinkedHashSet<>();
      Set<String> alwaysHidden = new LinkedHashSet<>();
      Set<String> pieceForms = new LinkedHashSet<>();
      for (Map.Entry<String, Set<String>> entry : namesByValue.entrySet()) {
        String value = entry.getKey();
        Set<String> names = entry.getValue();
        String name = names.iterator().next();
        if (names.size() == 1 && Words.VARIABLE_NAME.matcher(name).matches()) {
          nameOfValue.put(value, "${" + name + "}");
        }
        // Only a plain word (postgres, changeme) is also ordinary text worth keeping readable; a
        // value with punctuation is hidden even where the Compose file writes it out.
        Set<String> forms = Words.SEGMENT.matcher(value).matches() ? plainWordForms : alwaysHidden;
        forms.add(value);
        forms.addAll(encodings(value));
        pieceForms.addAll(pieces(value));
      }
      wholeReadableIfPublic.addAll(plainWordForms);
      wholeReadableIfPublic.removeAll(alwaysHidden);
      // A piece that is also a form hidden everywhere needs no search of its own.
      pieceForms.removeAll(alwaysHidden);
      for (String piece : pieceForms) {
        if (Words.SEGMENT.matcher(piece).matches()) {
          pieceReadableIfPublic.add(piece);
        }
      }
      whole.addAll(plainWordForms);
      whole.addAll(alwaysHidden);
      whole.sort(LongestFirst.INSTANCE);
      pieces.addAll(pieceForms);
      pieces.sort(LongestFirst.INSTANCE);
    }

    /** Whether {@code form}, found in a printed text, stays readable there, as the user publishes it. */
    private boolean staysReadable(String form, Set<String> readableIfPublic) {
      if (!readableIfPublic.contains(form)) {
        return false;
      }
      Boolean known = publicForms.get(form);
      if (known == null) {
        known = isPublic(form, publicTexts);
        publicForms.put(form, known);
      }
      return known;
    }

    private static Map<String, Set<String>> namesByValue(Map<String, String> valueByName) {
      Map<String, Set<String>> namesByValue = new HashMap<>();
      for (Map.Entry<String, String> entry : valueByName.entrySet()) {
        Set<String> names = namesByValue.get(entry.getValue());
        if (names == null) {
          names = new LinkedHashSet<>();
          namesByValue.put(entry.getValue(), names);
        }
        names.add(entry.getKey());
      }
      return namesByValue;
    }

    private static Set<String> encodings(String value) {
      Set<String> result = new LinkedHashSet<>();
      byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
      String urlEncoded = URLEncoder.encode(value, StandardCharsets.UTF_8);
      result.add(urlEncoded);
      result.add(urlEncoded.replace("+", "%20"));
      result.add(Base64.getEncoder().encodeToString(bytes));
      result.add(Base64.getEncoder().withoutPadding().encodeToString(bytes));
      result.add(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
      result.add(value.replace("\\", "\\\\").replace("\"", "\\\"")); // inside a JSON or YAML "string"
      result.add(value.replace("'", "''")); // inside a YAML 'string'
      result.remove(value);
      return result;
    }

    // The runs of whole segments (split where a parser would: at anything but letters and
    // digits) of at least PIECE characters: S3cr3t-XYZ-123 gives S3cr3t, S3cr3t-XYZ, XYZ-123.
    private static Set<String> pieces(String value) {
      List<int[]> segments = new ArrayList<>();
      Matcher word = Words.SEGMENT.matcher(value);
      while (word.find()) {
        segments.add(new int[] {word.start(), word.end()});
      }
      Set<String> result = new LinkedHashSet<>();
      for (int first = 0; first < segments.size(); first++) {
        for (int last = first; last < segments.size(); last++) {
          String piece = value.substring(segments.get(first)[0], segments.get(last)[1]);
          if (piece.length() >= PIECE) {
            result.add(piece);
          }
        }
      }
      return result;
    }

    String hide(String text) {
      int n = text.length();
      boolean[] hidden = new boolean[n];
      Map<Integer, Integer> wholeAt = new HashMap<>(); // start -> end of a whole raw value
      Map<Integer, String> labelAt = new HashMap<>();
      for (String form : whole) {
        boolean anywhere = form.length() >= PIECE;
        int first = text.indexOf(form);
        if (first < 0 || staysReadable(form, wholeReadableIfPublic)) {
          continue;
        }
        for (int at = first; at >= 0; at = text.indexOf(form, at + 1)) {
          int end = at + form.length();
          if (!anywhere && !standsAlone(text, at, end)) {
            continue;
          }
          String label = nameOfValue.get(form);
          if (label != null && !isHidden(hidden, at, end)) {
            wholeAt.put(at, end);
            labelAt.put(at, label);
          }
          mark(hidden, at, end);
        }
      }
      for (String piece : pieces) {
        int first = text.indexOf(piece);
        if (first < 0 || staysReadable(piece, pieceReadableIfPublic)) {
          continue;
        }
        for (int at = first; at >= 0; at = text.indexOf(piece, at + 1)) {
          if (standsAlone(text, at, at + piece.length())) {
            mark(hidden, at, at + piece.length());
          }
        }
      }
      StringBuilder out = new StringBuilder(n);
      int i = 0;
      while (i < n) {
        if (!hidden[i]) {
          out.append(text.charAt(i++));
          continue;
        }
        int end = i;
        while (end < n && hidden[end]) {
          end++;
        }
        Integer wholeEnd = wholeAt.get(i);
        out.append(wholeEnd != null && wholeEnd == end ? labelAt.get(i) : MASKED);
        i = end;
      }
      return out.toString();
    }

    static boolean standsAlone(String text, int start, int end) {
      return (start == 0 || !Character.isLetterOrDigit(text.charAt(start - 1)))
          && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)));
    }

    private static boolean isHidden(boolean[] hidden, int start, int end) {
      for (int i = start; i < end; i++) {
        if (hidden[i]) {
          return true;
        }
      }
      return false;
    }

    private static void mark(boolean[] hidden, int start, int end) {
      for (int i = start; i < end; i++) {
        hidden[i] = true;
      }
    }
  }

  /**
   * Longer strings first, equal lengths in natural order. A class of its own: the JDK's comparator
   * factories make serializable lambdas, which the startup archive cannot keep.
   */
  private static final class LongestFirst implements Comparator<String> {
    static final LongestFirst INSTANCE = new LongestFirst();

    @Override
    public int compare(String a, String b) {
      return a.length() != b.length() ? Integer.compare(b.length(), a.length()) : a.compareTo(b);
    }
  }
}
