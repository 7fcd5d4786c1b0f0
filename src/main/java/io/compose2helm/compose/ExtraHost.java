package io.compose2helm.compose;

/** An {@code extra_hosts} entry; {@code address} may be the special value {@code host-gateway}. */
public record ExtraHost(String hostname, String address) {

  public static final String HOST_GATEWAY = "host-gateway";

  public boolean isHostGateway() {
    return HOST_GATEWAY.equals(address);
  }
}
