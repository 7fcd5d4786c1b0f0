package io.compose2helm.compose;

import java.util.List;

/**
 * A service's resolver settings, as written.
 *
 * @param servers {@code dns}: name server addresses
 * @param searches {@code dns_search}: search domains
 * @param options {@code dns_opt}: resolver options ({@code ndots:2}, {@code use-vc})
 */
public record Dns(List<String> servers, List<String> searches, List<String> options) {

  public static final Dns NONE = new Dns(List.of(), List.of(), List.of());

  public Dns {
    servers = List.copyOf(servers);
    searches = List.copyOf(searches);
    options = List.copyOf(options);
  }
}
