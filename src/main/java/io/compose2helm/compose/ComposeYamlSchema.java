package io.compose2helm.compose;

import org.snakeyaml.engine.v2.resolver.ScalarResolver;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/** YAML 1.2's core schema, as Compose (go-yaml v3) reads it, with the quicker scalar resolver. */
final class ComposeYamlSchema extends CoreSchema {

  @Override
  public ScalarResolver getScalarResolver() {
    return new QuickScalarResolver(super.getScalarResolver());
  }
}
