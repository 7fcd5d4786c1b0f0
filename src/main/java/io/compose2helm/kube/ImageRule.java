package io.compose2helm.kube;

import io.compose2helm.compose.ImageRef;
import io.compose2helm.compose.Service;

/**
 * The image to run. A service that Compose builds without naming an image gets Compose's default
 * name ({@code project-service}), which is also what a local build tags.
 */
public final class ImageRule implements MappingRule {

  @Override
  public void apply(Service service, Workload workload, MappingContext context) {
    String image = service.image();
    if (image == null || image.isBlank()) {
      image = context.project().name() + "-" + service.name();
      if (service.build() == null) {
        context.diagnostics().error(service.location(), "services." + service.name(),
            "service has neither image nor build, so there is nothing to run");
      }
    }
    workload.setImage(ImageRef.parse(image));
    workload.setBuiltLocally(service.build() != null);
  }
}
