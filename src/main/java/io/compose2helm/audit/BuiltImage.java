package io.compose2helm.audit;

import java.util.List;

/**
 * A Dockerfile together with the stage Compose builds from it and the Compose settings that
 * override the image's own.
 *
 * @param file the Dockerfile path as shown in findings
 * @param stage the stage that becomes the image (the build {@code target}, else the last one)
 * @param entrypointOverride the service's {@code entrypoint}, or {@code null} when not set
 * @param commandOverride the service's {@code command}, or {@code null} when not set
 * @param userOverride the service's {@code user}, or {@code null} when not set
 */
public record BuiltImage(
    String file,
    Dockerfile dockerfile,
    Stage stage,
    List<String> entrypointOverride,
    List<String> commandOverride,
    String userOverride) {

  /** An image with no Compose overrides, as {@code docker build} alone would produce it. */
  public static BuiltImage plain(String file, Dockerfile dockerfile, Stage stage) {
    return new BuiltImage(file, dockerfile, stage, null, null, null);
  }

  /** The stage and the stages it is built FROM: where runtime settings are inherited from. */
  public List<Stage> lineage() {
    return dockerfile.lineage(stage);
  }

  /** Every stage the build runs. */
  public List<Stage> builtStages() {
    return dockerfile.builtFor(stage);
  }
}
