package io.compose2helm.compose;

import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.resolver.ScalarResolver;

/**
 * The core schema's tags for plain scalars, as snakeyaml-engine's resolver gives them, without its
 * expressions for a scalar that none of them can match. It tries the null expressions on every
 * scalar whatever its first character, and most of a Compose file's keys and values (image, ports,
 * postgres:16) begin with a letter that no null, boolean, number, merge key or environment
 * reference begins with: those are strings. The expressions were a seventh of parsing a Compose
 * file on JDK 17; QuickScalarResolverTest holds the two to the same answers.
 */
final class QuickScalarResolver implements ScalarResolver {

  /**
   * Every first character a non-string core scalar can have: ~ null Null NULL and " " (null), true
   * false and their capitals, numbers (sign, digit, dot for .5 .inf .nan), {@code <<} and ${NAME}.
   */
  static final String TYPED_FIRST = "~nN tTfF+-0123456789.<$";

  private final ScalarResolver core;

  QuickScalarResolver(ScalarResolver core) {
    this.core = core;
  }

  @Override
  public Tag resolve(String value, Boolean implicit) {
    if (implicit && !value.isEmpty() && TYPED_FIRST.indexOf(value.charAt(0)) < 0) {
      return Tag.STR;
    }
    return core.resolve(value, implicit);
  }
}
