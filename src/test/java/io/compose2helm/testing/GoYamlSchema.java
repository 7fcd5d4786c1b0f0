package io.compose2helm.testing;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.ConstructNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.resolver.CoreScalarResolver;
import org.snakeyaml.engine.v2.resolver.ScalarResolver;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * YAML 1.2 core schema plus the YAML 1.1 booleans (yes/no/on/off/y/n).
 *
 * <p>Kubernetes and Helm parse manifests with go-yaml v2, which reads an unquoted {@code on} as
 * {@code true}. Parsing with plain YAML 1.2 would keep it a string and hide a manifest that the API
 * server rejects (e.g. a ConfigMap value {@code DEBUG: on}).
 */
final class GoYamlSchema extends CoreSchema {

  private static final Pattern YAML11_BOOL =
      Pattern.compile("^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE"
          + "|on|On|ON|off|Off|OFF)$");
  private static final Set<String> TRUE_WORDS =
      Set.of("y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON");

  @Override
  public ScalarResolver getScalarResolver() {
    return new Yaml11BoolResolver();
  }

  @Override
  public Map<Tag, ConstructNode> getSchemaTagConstructors() {
    Map<Tag, ConstructNode> constructors = new HashMap<>(super.getSchemaTagConstructors());
    constructors.put(Tag.BOOL, GoYamlSchema::constructBool);
    return constructors;
  }

  private static Object constructBool(Node node) {
    return TRUE_WORDS.contains(((ScalarNode) node).getValue());
  }

  private static final class Yaml11BoolResolver extends CoreScalarResolver {
    Yaml11BoolResolver() {
      super(false);
    }

    @Override
    protected void addImplicitResolvers() {
      // Registered first so it wins over the core resolver for the same first characters.
      addImplicitResolver(Tag.BOOL, YAML11_BOOL, "yYnNoOtTfF");
      super.addImplicitResolvers();
    }
  }
}
