package io.compose2helm.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RedactorTest {

  private static Redactor withSecrets() {
    Redactor redactor = new Redactor();
    redactor.learn("REDIS_PASSWORD", "R3d1sPW777");
    redactor.learn("DB_PASSWORD", "S3cr3t-XYZ-123");
    redactor.learn("PIN", "ab");
    return redactor;
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      invalid port: 'R3d1sPW777' is not a port number   | invalid port: '${REDIS_PASSWORD}' is not a port number
      invalid port: 'S3cr3t' is not a port number       | invalid port: '<secret>' is not a port number
      range XYZ-123 is bad                              | range <secret> is bad
      value S3cr3t-XYZ-123!                             | value ${DB_PASSWORD}!
      base64 UjNkMXNQVzc3Nw== here                      | base64 <secret> here
      url S3cr3t-XYZ-123%21 and S3cr3t%2DXYZ            | url ${DB_PASSWORD}%21 and <secret>%2DXYZ
      pin ab, about, tab                                | pin ${PIN}, about, tab
      https://svc:T0k3nABC456@api.example.com/v1        | https://svc:<secret>@api.example.com/v1
      nothing secret here                               | nothing secret here
      """)
  void redact_text_hidesEveryFormOfASecret(String text, String shown) {
    assertEquals(shown, withSecrets().redact(text));
  }

  @Test
  void redact_secretWithTheSegmentSecret_leavesTheMaskReadable() {
    Redactor redactor = new Redactor();
    redactor.learn("STRIPE_SECRET_KEY", "fake-stripe-secret-key-for-samples");

    assertEquals("JWT_SECRET: <secret>, key ${STRIPE_SECRET_KEY}",
        redactor.redact("JWT_SECRET: <secret>, key fake-stripe-secret-key-for-samples"));
  }

  @Test
  void redact_urlEncodedSecret_isHidden() {
    Redactor redactor = new Redactor();
    redactor.learn("TOKEN", "a b/c+d&e");

    assertEquals("q=<secret>&r=<secret>", redactor.redact("q=a+b%2Fc%2Bd%26e&r=YSBiL2MrZCZl"));
  }

  @Test
  void redact_quotedSecret_isHiddenInJsonAndYamlQuoting() {
    Redactor redactor = new Redactor();
    redactor.learn("TOKEN", "it's \"q\"\\z");

    assertEquals("json \"<secret>\" yaml '<secret>'",
        redactor.redact("json \"it's \\\"q\\\"\\\\z\" yaml 'it''s \"q\"\\z'"));
  }

  @Test
  void redact_publicText_staysReadable() {
    Redactor redactor = new Redactor();
    redactor.learn("POSTGRES_PASSWORD", "postgres");
    redactor.learnPublic("services:\n  db:\n    image: postgres:16\n");

    assertEquals("image postgres:16", redactor.redact("image postgres:16"));
  }

  @Test
  void redact_publicPlainWordsAmongHiddenForms_eachFormIsDecidedOnItsOwn() {
    Redactor redactor = new Redactor();
    redactor.learn("DB_PASSWORD", "postgres");
    redactor.learn("TOKEN", "hunter2-Zebra");
    redactor.learn("API_KEY", "cG9zdGdyZXM=");
    redactor.learnPublic("image: postgres:16\nlabels:\n  crossing: Zebra\n  encoded: cG9zdGdyZXM=\n");

    // postgres and the piece Zebra are plain words the Compose text shows; the base64 form of
    // postgres is public too, but it is also a secret with punctuation, so it stays hidden; the piece
    // hunter2 is not public.
    assertEquals("postgres ${TOKEN} Zebra <secret> ${API_KEY} and postgres again",
        redactor.redact("postgres hunter2-Zebra Zebra hunter2 cG9zdGdyZXM= and postgres again"));
    assertEquals("${TOKEN}", redactor.redact("hunter2-Zebra"));
  }

  @Test
  void redact_publicTextHoldingAPunctuatedSecret_stillHidesItAndItsPieces() {
    Redactor redactor = new Redactor();
    redactor.learn("SPECIAL_PASSWORD", "p@ss:w/rd#Qz%9&x");
    redactor.learnPublic("services:\n  app:\n    environment:\n      LITERAL: p@ss:w/rd#Qz%9&x\n");

    assertEquals("invalid port '${SPECIAL_PASSWORD}:80'", redactor.redact("invalid port 'p@ss:w/rd#Qz%9&x:80'"));
    assertEquals("unknown protocol '<secret>:80'", redactor.redact("unknown protocol 'rd#Qz%9&x:80'"));
  }

  @Test
  void forget_plainVariable_isShownAgain() {
    Redactor redactor = withSecrets();
    redactor.forget("REDIS_PASSWORD");

    assertEquals("R3d1sPW777", redactor.redact("R3d1sPW777"));
  }
}
