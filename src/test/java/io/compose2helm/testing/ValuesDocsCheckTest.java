package io.compose2helm.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ValuesDocsCheckTest {

  private static final String DOCUMENTED = """
      ## @section Global
      ## @param name The name.
      name: ''
      ## @extra image Image settings.
      image:
        ## @param image.tag Its tag.
        tag: '1'
      ## @param ports[0].port First port.
      ## @param ports[0].name Its name.
      ports:
        - port: 80
          name: http
      ## @param hosts Host names.
      hosts: [a, b]
      ## @param extra [object] Anything.
      extra:
        free: form
      ## @skip skipped
      skipped:
        deep: 1
      ## @param 'annotations.example.com/a' Dotted key.
      annotations:
        example.com/a: x
      """.replace("'annotations.example.com/a'", "annotations.example.com/a");

  @Test
  void problems_everyLeafDocumented_noneFound() {
    assertEquals(List.of(), ValuesDocsCheck.problems(DOCUMENTED));
  }

  @Test
  void problems_keyWithoutParam_isMissing() {
    String text = DOCUMENTED.replace("## @param image.tag Its tag.\n", "");
    assertEquals(List.of("missing metadata for key: image.tag"), ValuesDocsCheck.problems(text));
  }

  @Test
  void problems_paramForAbsentKey_isReported() {
    String text = DOCUMENTED + "## @param image.pullPolicy Gone.\n";
    assertEquals(List.of("metadata for a key that does not exist: image.pullPolicy"), ValuesDocsCheck.problems(text));
  }

  @Test
  void problems_paramOnAMap_isReportedAsAbsentLeafAndMissingChildren() {
    String text = DOCUMENTED.replace("## @extra image Image settings.", "## @param image Image settings.");
    assertEquals(List.of("metadata for a key that does not exist: image"), ValuesDocsCheck.problems(text));
  }

  @Test
  void problems_listItemKeysSwapped_areOutOfOrder() {
    String text = DOCUMENTED.replace("## @param ports[0].port First port.\n## @param ports[0].name Its name.\n",
        "## @param ports[0].name Its name.\n## @param ports[0].port First port.\n");
    assertEquals(List.of("@param lines out of the keys' order: ports[0].name where ports[0].port is"),
        ValuesDocsCheck.problems(text));
  }

  @Test
  void problems_duplicateEmptyAndUnsectioned_areReported() {
    String text = "## @param a\n" + DOCUMENTED.replace("## @param hosts Host names.", "## @param hosts Host names.\n## @param hosts Again.")
        .replace("name: ''", "name: ''\na: 1");
    assertEquals(List.of("line 1: @param a comes before any @section", "line 1: @param a has no description",
            "line 16: a second @param for hosts", "@param lines out of the keys' order: a where name is"),
        ValuesDocsCheck.problems(text));
  }

  @Test
  void problems_extraForAbsentMapAndUnknownModifier_areReported() {
    String text = DOCUMENTED.replace("## @extra image Image settings.", "## @extra imagee Image settings.")
        .replace("[object]", "[objekt]");
    assertEquals(List.of("line 15: unknown modifier objekt for extra", "@extra for a map or list that does not exist: imagee"),
        ValuesDocsCheck.problems(text));
  }
}
