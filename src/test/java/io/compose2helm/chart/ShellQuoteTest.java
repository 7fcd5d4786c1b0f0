package io.compose2helm.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ShellQuoteTest {

  @TempDir Path temp;

  @Test
  void quote_plainWord_isWrappedInSingleQuotes() {
    assertEquals("'bytelyst/api:1.0'", ShellQuote.quote("bytelyst/api:1.0"));
  }

  @Test
  void quote_empty_isAnEmptyWord() {
    assertEquals("''", ShellQuote.quote(""));
  }

  @Test
  void quote_singleQuote_closesEscapesAndReopens() {
    assertEquals("'it'\\''s'", ShellQuote.quote("it's"));
  }

  @Test
  void quote_nul_isRejected() {
    assertThrows(IllegalArgumentException.class, () -> ShellQuote.quote("a\0b"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"$(touch pwned)", "`id`", "a b\tc", "'; rm -rf / #", "\\n\\", "line\nbreak", "*?[a]", "${HOME}", "!!", "'"})
  void quote_anyValue_reachesBashUnchanged(String value) throws Exception {
    assumeTrue(DeployScriptSandbox.onPath("bash"), "bash is not on PATH");
    Path out = temp.resolve("out.txt");
    Process process = new ProcessBuilder("bash", "-c", "printf '%s' " + ShellQuote.quote(value))
        .directory(temp.toFile())
        .redirectOutput(out.toFile())
        .start();
    assertEquals(true, process.waitFor(10, TimeUnit.SECONDS));
    assertEquals(0, process.exitValue());
    assertEquals(value, Files.readString(out));
    assertEquals(false, Files.exists(temp.resolve("pwned")));
  }
}
