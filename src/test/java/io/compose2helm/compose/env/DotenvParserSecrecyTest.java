package io.compose2helm.compose.env;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.compose2helm.diagnostics.InputException;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Env files hold secrets; their errors end up in CI logs, so no value may appear in a message. */
class DotenvParserSecrecyTest {

  private static final String SECRET = "hunter2";

  @ParameterizedTest
  @ValueSource(
      strings = {
        "PASSWORD=\"hunter2",
        "PASSWORD='hunter2",
        "PASSWORD=\"hunter2\nmore",
        "PASSWORD=\"hunter2\"trailing",
        "PASSWORD=hunter2${",
        "PASSWORD=hunter2${X:y}",
        "PASSWORD=hunter2${1bad}",
        "PASSWORD=hunter2\nOTHER=${NOPE:?hint}",
        "PASSWORD=hunter2\nOTHER=$PASSWORD${NOPE?hint}",
        "PASSWORD=hunter2\nBAD KEY=$PASSWORD",
        "hunter2 pasted alone",
        "PASSWORD=hunter2\n=$PASSWORD"
      })
  void parse_syntaxErrorNearSecret_messageNeverContainsTheSecret(String content) {
    InputException error =
        assertThrows(InputException.class, () -> new DotenvParser().parse("app.env", content, name -> null));

    assertFalse(error.getMessage().contains(SECRET), error.getMessage());
    assertTrue(error.getMessage().startsWith("app.env:"), error.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"TOKEN=${SECRET_FROM_OUTSIDE:?x} ${", "TOKEN=\"$SECRET_FROM_OUTSIDE"})
  void parse_errorWhileOutsideSecretIsSet_messageNeverContainsIt(String content) {
    Map<String, String> outside = Map.of("SECRET_FROM_OUTSIDE", SECRET);

    InputException error =
        assertThrows(InputException.class, () -> new DotenvParser().parse("app.env", content, outside::get));

    assertFalse(error.getMessage().contains(SECRET), error.getMessage());
  }
}
