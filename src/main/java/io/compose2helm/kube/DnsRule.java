package io.compose2helm.kube;

import io.compose2helm.compose.Dns;
import io.compose2helm.compose.Service;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * {@code dns_search} and {@code dns_opt} become the pod's {@code dnsConfig}, which the cluster-first
 * policy merges into what it generates: the cluster's search domains and name server stay first, so
 * Service names still resolve, and an option such as {@code ndots:2} replaces the generated one.
 * {@code dns} is not set: a pod can only add name servers behind the cluster's (asked only when it
 * does not answer), or replace it and lose every Service name.
 */
public final class DnsRule implements MappingRule {

  // Kubernetes accepts a search domain that is a DNS-1123 subdomain (after a trailing dot).
  private static final Pattern SUBDOMAIN =
      Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*");
  private static final int MAX_DOMAIN = 253;

  @Override
  public void apply(Service service, Workload workload, MappingContext context) {
    Dns dns = service.dns();
    String key = "services." + service.name() + ".";
    List<String> refused = new ArrayList<>();
    for (String search : dns.searches()) {
      // DNS names are case-insensitive; Kubernetes only takes them in lower case.
      String domain = search.trim().toLowerCase(Locale.ROOT);
      domain = domain.endsWith(".") ? domain.substring(0, domain.length() - 1) : domain;
      if (domain.length() <= MAX_DOMAIN && SUBDOMAIN.matcher(domain).matches()) {
        if (!workload.dnsSearches().contains(domain)) {
          workload.dnsSearches().add(domain);
        }
      } else {
        refused.add("'" + search + "'");
      }
    }
    if (!refused.isEmpty()) {
      context.diagnostics().warn(service.location(), key + "dns_search", "not set: " + String.join(", ", refused)
          + (refused.size() == 1 ? " is" : " are") + " no domain name Kubernetes accepts as a search domain");
    }
    for (String option : dns.options()) {
      int colon = option.indexOf(':');
      String name = (colon < 0 ? option : option.substring(0, colon)).trim();
      if (name.isEmpty()) {
        context.diagnostics().warn(service.location(), key + "dns_opt", "not set: '" + option + "' names no option");
      } else {
        workload.dnsOptions().put(name, colon < 0 ? null : option.substring(colon + 1).trim());
      }
    }
    if (!dns.servers().isEmpty()) {
      context.diagnostics().warn(service.location(), key + "dns", "not set: the cluster's DNS stays the pod's"
          + " resolver, which Service names need (a pod can only add name servers behind it, asked when it does not"
          + " answer). For names only " + String.join(", ", dns.servers()) + " knows, forward their zone to it in"
          + " the cluster's DNS (a CoreDNS stub domain)");
    }
  }
}
