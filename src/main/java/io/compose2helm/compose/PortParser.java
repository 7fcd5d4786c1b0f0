package io.compose2helm.compose;

import io.compose2helm.diagnostics.InputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads {@code ports:} and {@code expose:} entries, expanding ranges into single ports. */
final class PortParser {

  private static final KeyCheck LONG_SYNTAX_KEYS =
      KeyCheck.ofSchema(
          "/definitions/service/properties/ports",
          Set.of("target", "published", "host_ip", "protocol", "name", "app_protocol"));
  private static final Set<String> PROTOCOLS = Set.of("tcp", "udp", "sctp");

  // Hex groups and colons (with "::" or eight groups), optionally ending in an IPv4 part: the
  // shape of an IPv6 address, enough to tell one from a misplaced colon.
  private static final Pattern IPV6 =
      Pattern.compile("(?=.*::|(?:[0-9A-Fa-f]{1,4}:){7})[0-9A-Fa-f:]*(?:\\d+\\.\\d+\\.\\d+\\.\\d+)?");

  private PortParser() {}

  static List<PortMapping> ports(YamlValue list) {
    List<PortMapping> result = new ArrayList<>();
    for (YamlValue item : list.items()) {
      try {
        result.addAll(item.isMapping() ? longSyntax(item) : shortSyntax(item));
      } catch (InputException e) {
        list.context().record(e);
      }
    }
    return result;
  }

  static List<Integer> expose(YamlValue list) {
    List<Integer> result = new ArrayList<>();
    for (YamlValue item : list.items()) {
      try {
        result.addAll(exposed(item));
      } catch (InputException e) {
        list.context().record(e);
      }
    }
    return result;
  }

  /** One {@code expose:} entry, {@code port[/protocol]} or a range. */
  private static List<Integer> exposed(YamlValue item) {
    String text = item.requiredText();
    int slash = text.indexOf('/');
    if (slash >= 0) {
      protocol(item, text.substring(slash + 1));
      text = text.substring(0, slash);
    }
    return range(item, text).ports();
  }

  /** {@code [[host_ip:]host_port:]container_port[/protocol]}, host_ip may be {@code [ipv6]}. */
  private static List<PortMapping> shortSyntax(YamlValue item) {
    String text = item.requiredText().trim();
    String protocol = "tcp";
    int slash = text.lastIndexOf('/');
    if (slash >= 0) {
      protocol = protocol(item, text.substring(slash + 1));
      text = text.substring(0, slash);
    }
    String hostIp = null;
    if (text.startsWith("[")) {
      int close = text.indexOf("]:");
      if (close < 0) {
        throw item.error("invalid port '" + item.text() + "': expected [ipv6]:host:container");
      }
      hostIp = text.substring(1, close);
      text = text.substring(close + 2);
    }
    String[] parts = text.split(":", -1);
    String hostPart;
    String containerPart;
    if (parts.length == 1) {
      hostPart = null;
      containerPart = parts[0];
    } else if (parts.length == 2) {
      hostPart = parts[0];
      containerPart = parts[1];
    } else if (parts.length >= 3 && hostIp == null) {
      // As Docker reads it: the last two parts are the ports, the rest is the host IP (::1:6000:6000).
      hostIp = String.join(":", java.util.Arrays.asList(parts).subList(0, parts.length - 2));
      hostPart = parts[parts.length - 2];
      containerPart = parts[parts.length - 1];
      if (parts.length > 3 && !IPV6.matcher(hostIp).matches()) {
        throw item.error("invalid port '" + item.text() + "': '" + hostIp + "' is not an IPv6 address");
      }
    } else {
      throw item.error(
          "invalid port '" + item.text() + "': expected [[host_ip:]host_port:]container_port[/protocol]");
    }
    PortRange container = range(item, containerPart);
    PortRange host = hostPart == null || hostPart.isEmpty() ? null : range(item, hostPart);
    return expand(item, hostIp, host, container, protocol, null, null);
  }

  private static List<PortMapping> longSyntax(YamlValue item) {
    String hostIp = null;
    PortRange host = null;
    PortRange container = null;
    String protocol = "tcp";
    String name = null;
    String appProtocol = null;
    for (YamlEntry entry : item.entries()) {
      if (!LONG_SYNTAX_KEYS.accept(entry, item.context().diagnostics())) {
        continue;
      }
      YamlValue value = entry.value();
      switch (entry.key()) {
        case "target" -> container = range(value, value.requiredText());
        case "published" -> host = value.isNull() ? null : range(value, value.requiredText());
        case "host_ip" -> hostIp = value.text();
        case "protocol" -> protocol = protocol(value, value.requiredText());
        case "name" -> name = value.text();
        case "app_protocol" -> appProtocol = value.text();
        default -> { /* x- extensions of a port have no meaning for the model */ }
      }
    }
    if (container == null) {
      throw item.error("a port in long syntax needs 'target'");
    }
    return expand(item, hostIp, host, container, protocol, name, appProtocol);
  }

  private static List<PortMapping> expand(
      YamlValue item,
      String hostIp,
      PortRange host,
      PortRange container,
      String protocol,
      String name,
      String appProtocol) {
    if (host != null && host.size() != container.size()) {
      throw item.error(
          "host port range has "
              + host.size()
              + " ports but the container range has "
              + container.size());
    }
    List<PortMapping> result = new ArrayList<>();
    for (int i = 0; i < container.size(); i++) {
      Integer hostPort = host == null ? null : host.first() + i;
      result.add(
          new PortMapping(hostIp, hostPort, container.first() + i, protocol, name, appProtocol));
    }
    return result;
  }

  private static PortRange range(YamlValue item, String text) {
    try {
      return PortRange.parse(text);
    } catch (IllegalArgumentException e) {
      throw item.error("invalid port: " + e.getMessage());
    }
  }

  private static String protocol(YamlValue item, String text) {
    String protocol = text.trim().toLowerCase(Locale.ROOT);
    if (!PROTOCOLS.contains(protocol)) {
      throw item.error("unknown protocol '" + text + "' (expected tcp, udp or sctp)");
    }
    return protocol;
  }
}
