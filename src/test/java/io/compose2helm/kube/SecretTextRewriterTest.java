package io.compose2helm.kube;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SecretTextRewriterTest {

  private static final Map<String, String> SECRETS = Map.of("PW", "s3cr3t", "LONG_PW", "s3cr3t-and-more");

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      redis-cli -a s3cr3t ping           | redis-cli -a "$PW" ping
      PGPASSWORD='s3cr3t' pg_isready     | PGPASSWORD=''"$PW"'' pg_isready
      echo "pw=s3cr3t!"                  | echo "pw=$PW!"
      -ps3cr3tX                          | -p"${PW}"X
      login s3cr3t-and-more              | login "$LONG_PW"
      echo \\s3cr3t                      | echo "$PW"
      echo "\\s3cr3t"                    | echo "\\\\$PW"
      """)
  void ofShell_secretInEveryQuoting_readsTheVariable(String line, String shell) {
    assertEquals(shell, SecretTextRewriter.ofShell(line, SECRETS).shell());
  }

  @Test
  void ofArgv_words_areQuotedOnlyWhereNeeded() {
    SecretTextRewriter rewritten =
        SecretTextRewriter.ofArgv(List.of("mysqladmin", "ping", "-ps3cr3t", "a b", "http://x/?k=s3cr3t"), SECRETS);

    assertEquals("exec mysqladmin ping -p\"$PW\" 'a b' 'http://x/?k='\"$PW\"", rewritten.shell());
    assertEquals(Set.of("PW"), rewritten.variables());
  }

  @Test
  void ofShell_noSecretInText_readsNothing() {
    assertEquals(Set.of(), SecretTextRewriter.ofShell("pg_isready", SECRETS).variables());
  }
}
