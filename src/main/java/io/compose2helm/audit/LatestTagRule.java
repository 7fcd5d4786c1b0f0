package io.compose2helm.audit;

import io.compose2helm.compose.ImageRef;
import io.compose2helm.diagnostics.Severity;
import java.util.List;

/** {@code latest-tag}: the service's image has no tag, or the {@code latest} tag. */
public final class LatestTagRule implements ServiceRule {

  @Override
  public String id() {
    return "latest-tag";
  }

  @Override
  public Severity severity() {
    return Severity.WARNING;
  }

  @Override
  public String why() {
    return "A moving tag makes rollouts unreproducible: nodes cache whatever :latest was when they"
        + " first pulled it, a rollback redeploys the same moving target, and the image tested in"
        + " dev is not provably the one promoted to prod.";
  }

  @Override
  public String fix() {
    return "Pin a version tag (app:1.4.2, or a variable such as app:${APP_VERSION}) or a digest,"
        + " and override image.tag per environment in the chart values.";
  }

  @Override
  public List<Finding> check(ServiceSubject subject) {
    String image = subject.service().image();
    String name = subject.service().name();
    if (image == null || image.isBlank()) {
      if (subject.service().build() == null) {
        return List.of();
      }
      // Compose names an unnamed build <project>-<service> and tags it latest.
      return List.of(subject.finding(this, "service " + name + " builds an image without naming"
          + " it, so it is tagged " + subject.projectName() + "-" + name + ":latest"));
    }
    ImageRef reference = ImageRef.parse(image);
    if (!reference.isFloating()) {
      return List.of();
    }
    return List.of(subject.finding(this, reference.tag() == null
        ? "service " + name + " uses image " + image + " with no tag, which means :latest"
        : "service " + name + " uses image " + image));
  }
}
