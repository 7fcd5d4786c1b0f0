package io.compose2helm.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.resolver.ScalarResolver;
import org.snakeyaml.engine.v2.schema.CoreSchema;

class QuickScalarResolverTest {

  private final ScalarResolver core = new CoreSchema().getScalarResolver();
  private final ScalarResolver quick = new ComposeYamlSchema().getScalarResolver();

  /** Every string of up to two characters of printable ASCII and a few others, and typical values. */
  private static List<String> values() {
    List<String> values = new ArrayList<>(List.of("", "true", "True", "TRUE", "tRUE", "false", "False", "FALSE",
        "null", "Null", "NULL", "nULL", "~", " ", "0", "-1", "+1", "007", "0o17", "0o8", "0x1F", "0xG", "1.", ".5",
        "1.5e3", "1e3", "-1E-3", ".inf", "-.Inf", "+.INF", ".nan", ".NaN", ".NAN", "<<", "<", "${A}", "${ A:-b }",
        "${A?err}", "$A", "nginx:1.27", "8080:80", "postgres://u:p@db:5432/app", "yes", "no", "on", "off", "y",
        "Ω", "été", "\t1", "1 ", " 1", "- 1", "1_000"));
    String alphabet = "";
    for (char c = ' '; c <= '~'; c++) {
      alphabet += c;
    }
    alphabet += "\t\u00e9\u2028\uFEFF";
    for (int i = 0; i < alphabet.length(); i++) {
      values.add(String.valueOf(alphabet.charAt(i)));
      for (int j = 0; j < alphabet.length(); j++) {
        values.add("" + alphabet.charAt(i) + alphabet.charAt(j));
      }
    }
    return values;
  }

  @Test
  void resolve_everyValue_givesTheCoreSchemasTag() {
    List<String> values = values();
    int typed = 0;
    for (String value : values) {
      Tag expected = core.resolve(value, true);
      assertEquals(expected, quick.resolve(value, true), "implicit tag of '" + value + "'");
      assertEquals(Tag.STR, quick.resolve(value, false), "a quoted '" + value + "' is a string");
      if (!expected.equals(Tag.STR)) {
        typed++;
      }
    }
    assertTrue(typed > 100, "the values include many that are not strings: " + typed);
  }

  @Test
  void typedFirst_eachCharacter_beginsSomeNonStringScalarOrASpace() {
    // Every character it lists must be needed: one that no typed scalar begins with would only
    // send more strings down the slow path, so its presence means a resolver begins with it.
    for (char first : QuickScalarResolver.TYPED_FIRST.toCharArray()) {
      boolean begins = false;
      for (String value : values()) {
        if (!value.isEmpty() && value.charAt(0) == first && !core.resolve(value, true).equals(Tag.STR)) {
          begins = true;
        }
      }
      assertTrue(begins, "some core scalar that is not a string begins with '" + first + "'");
    }
  }
}
