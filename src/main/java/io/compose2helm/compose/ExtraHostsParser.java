package io.compose2helm.compose;

import java.util.ArrayList;
import java.util.List;

/** Reads {@code extra_hosts:}: {@code host:ip}, {@code host=ip}, {@code host:[ipv6]}, or a mapping. */
final class ExtraHostsParser {

  private ExtraHostsParser() {}

  static List<ExtraHost> parse(YamlValue value) {
    List<ExtraHost> result = new ArrayList<>();
    if (value.isMapping()) {
      for (YamlEntry entry : value.entries()) {
        // A mapping value may list several addresses for one host.
        for (String address : entry.value().stringOrList()) {
          result.add(new ExtraHost(entry.key(), unbracket(address)));
        }
      }
      return result;
    }
    for (YamlValue item : value.items()) {
      String text = item.requiredText();
      // '=' is the unambiguous separator for IPv6; otherwise the first ':' ends the host name.
      int separator = text.indexOf('=');
      if (separator < 0) {
        separator = text.indexOf(':');
      }
      if (separator <= 0 || separator == text.length() - 1) {
        throw item.error("invalid extra host '" + text + "': expected host:address or host=address");
      }
      result.add(new ExtraHost(text.substring(0, separator), unbracket(text.substring(separator + 1))));
    }
    return result;
  }

  private static String unbracket(String address) {
    String trimmed = address.trim();
    return trimmed.startsWith("[") && trimmed.endsWith("]")
        ? trimmed.substring(1, trimmed.length() - 1)
        : trimmed;
  }
}
