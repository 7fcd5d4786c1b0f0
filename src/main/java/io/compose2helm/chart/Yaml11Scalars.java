package io.compose2helm.chart;

import java.util.regex.Pattern;

/**
 * Tells which plain strings a YAML 1.1 reader would take for something else. Helm and kubectl read
 * YAML 1.1, where {@code yes}, {@code on}, {@code 0777} or {@code 1:30} are not strings, while our
 * writer follows YAML 1.2 and would leave them unquoted.
 */
final class Yaml11Scalars {

  private static final Pattern BOOL =
      Pattern.compile("y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF");
  private static final Pattern INT =
      Pattern.compile(
          "[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+");
  private static final Pattern FLOAT =
      Pattern.compile(
          "[-+]?(?:\\.[0-9]+|[0-9_]+(?:\\.[0-9_]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\\.[0-9_]*|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN)");
  private static final Pattern NULL = Pattern.compile("~|null|Null|NULL|");
  private static final Pattern TIMESTAMP =
      Pattern.compile(
          "[0-9]{4}-[0-9]{2}-[0-9]{2}|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:[Tt]|[ \\t]+)[0-9]{1,2}:[0-9]{2}:[0-9]{2}(?:\\.[0-9]*)?(?:[ \\t]*(?:Z|[-+][0-9]{1,2}(?::[0-9]{2})?))?");

  /** Every first character the patterns below can match; most keys and values start otherwise. */
  private static final String FIRST_CHARACTERS = "yYnNtTfFoO+-.0123456789_~=<";

  private Yaml11Scalars() {}

  static boolean isAmbiguous(String text) {
    if (!text.isEmpty() && FIRST_CHARACTERS.indexOf(text.charAt(0)) < 0) {
      return false;
    }
    return BOOL.matcher(text).matches()
        || INT.matcher(text).matches()
        || FLOAT.matcher(text).matches()
        || NULL.matcher(text).matches()
        || TIMESTAMP.matcher(text).matches()
        || text.equals("=")
        || text.equals("<<");
  }
}
