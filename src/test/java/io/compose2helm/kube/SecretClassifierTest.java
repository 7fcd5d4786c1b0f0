package io.compose2helm.kube;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SecretClassifierTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "POSTGRES_PASSWORD, true",
    "DB_PASS, true",
    "JWT_SECRET, true",
    "STRIPE_SECRET_KEY, true",
    "OPENAI_API_KEY, true",
    "GITHUB_TOKEN, true",
    "AWS_CREDENTIALS, true",
    "TLS_PRIVATE, true",
    "SENTRY_DSN, true",
    "MYSQL_ROOT_PASSWORD, true",
    "passwd, true",
    "MONKEY, false",
    "KEYCLOAK_URL, false",
    "POSTGRES_PASSWORD_FILE, false",
    "TOKEN_TTL_SECONDS, false",
    "PUBLIC_KEY_ID, false",
    "AUTH_API_URL, false",
    "LOG_LEVEL, false",
    "NODE_ENV, false",
    "BASIC_AUTH, true",
    "AUTH_TOKEN, true",
    "HTTP_AUTH, true",
    "NEXTAUTH_SECRET, true",
    "BASIC_AUTH_USER, false",
    "AUTH_MODE, false",
    "AUTH_PROVIDER, false",
    "API_KEY_FILE, false",
    "SSH_KEY_PATH, false",
    "PWD, false",
    "OLDPWD, false",
    "DB_PWD, true",
    "pwd, true",
  })
  void isSecretName_words_decide(String name, boolean secret) {
    assertEquals(secret, SecretClassifier.isSecretName(name));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "'postgres://user:pw@db:5432/app', true",
    "'redis://:pw@cache:6379/0', true",
    "'amqp://guest:guest@rabbit', true",
    "'http://api:4001/health', false",
    "'postgres://user@db/app', false",
    "'plain text', false",
    "'admin@example.com postgres://db/app', false",
    "'owner@example.com postgres://u:pw@db/app', true",
  })
  void hasUrlCredentials_urlsWithPasswords_areSecret(String value, boolean secret) {
    assertEquals(secret, SecretClassifier.hasUrlCredentials(value));
  }

  @Test
  void urlPasswords_severalUrls_giveEachPasswordInOrder() {
    assertEquals(List.of("pw", "p2"), SecretClassifier.urlPasswords("admin@example.com postgres://u:pw@db/app redis://:p2@cache"));
    assertEquals(List.of(), SecretClassifier.urlPasswords("admin@example.com http://api:4001/health"));
  }
}
