package io.compose2helm.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Diagnostic and SourceLocation write equals and hashCode out; they must still behave as records. */
class DiagnosticEqualityTest {

  private static Diagnostic warning(String file, int line, int column, String key, String message) {
    return new Diagnostic(Severity.WARNING, new SourceLocation(file, line, column), key, message);
  }

  @Test
  void equals_sameComponents_equalWithOneHash() {
    Diagnostic a = warning("compose.yml", 3, 5, "services.api", "m");
    Diagnostic b = warning("compose.yml", 3, 5, "services.api", "m");
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    assertEquals(new Diagnostic(Severity.ERROR, null, null, "m"), new Diagnostic(Severity.ERROR, null, null, "m"));
  }

  @Test
  void equals_anyComponentDiffers_notEqual() {
    Diagnostic base = warning("compose.yml", 3, 5, "k", "m");
    List<Diagnostic> others = List.of(
        warning("other.yml", 3, 5, "k", "m"), warning("compose.yml", 4, 5, "k", "m"),
        warning("compose.yml", 3, 6, "k", "m"), warning("compose.yml", 3, 5, "j", "m"),
        warning("compose.yml", 3, 5, "k", "n"),
        new Diagnostic(Severity.ERROR, new SourceLocation("compose.yml", 3, 5), "k", "m"),
        new Diagnostic(Severity.WARNING, null, "k", "m"));
    others.forEach(other -> assertNotEquals(base, other, other.format()));
    assertNotEquals(new SourceLocation("a", 1, 2), new SourceLocation("a", 2, 1));
  }

  @Test
  void diagnosticsWarn_sameWarningTwice_keptOnce() {
    Diagnostics diagnostics = new Diagnostics();
    diagnostics.warn(new SourceLocation("compose.yml", 1, 1), "k", "m");
    diagnostics.warn(new SourceLocation("compose.yml", 1, 1), "k", "m");
    diagnostics.warn(new SourceLocation("compose.yml", 1, 2), "k", "m");
    assertEquals(2, diagnostics.warnings().size());
  }
}
