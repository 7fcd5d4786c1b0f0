package io.compose2helm.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The vendored key table is exactly what the generator derives from the Compose schema in the test
 * resources, so it can be neither hand-edited nor left behind a schema update. Regenerate with
 * {@code mvn -B test -Dtest=ComposeSchemaKeysTest -Dcompose2helm.regenerateSchemaKeys=true}.
 */
class ComposeSchemaKeysTest {

  @Test
  void vendoredTable_matchesGenerator() throws IOException {
    String generated = ComposeSchemaKeysGenerator.fromBundledSchema().generate();
    if (Boolean.getBoolean("compose2helm.regenerateSchemaKeys")) {
      Files.writeString(ComposeSchemaKeysGenerator.VENDORED, generated);
    }
    assertEquals(generated, Files.readString(ComposeSchemaKeysGenerator.VENDORED),
        "the vendored key table differs from the generator's output: rerun with -Dcompose2helm.regenerateSchemaKeys=true");
  }

  @Test
  void keysAt_everyGeneratedPointer_givesTheGeneratedKeys() {
    ComposeSchemaKeysGenerator.fromBundledSchema().table()
        .forEach((pointer, keys) -> assertEquals(Set.copyOf(keys), ComposeSchema.get().keysAt(pointer), pointer));
  }

  @Test
  void keysAt_longSyntaxBehindOneOf_isFollowed() {
    assertEquals(Set.of("condition", "restart", "required"),
        ComposeSchema.get().keysAt("/definitions/service/properties/depends_on"));
  }

  @Test
  void keysAt_unknownPointer_fails() {
    assertThrows(IllegalArgumentException.class, () -> ComposeSchema.get().keysAt("/definitions/nothing"));
  }
}
