package io.compose2helm.audit;

import java.util.List;

/** A rule about a Compose service as the chart will run it, whether built or pulled. */
public interface ServiceRule extends AuditRule {

  List<Finding> check(ServiceSubject subject);
}
