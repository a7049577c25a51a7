package dev.keyward.core.structured;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.keyward.core.ConfigException;
import dev.keyward.core.rule.Rule;
import dev.keyward.core.rule.RuleLoader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ValueCheckTest {
  private static final Rule RULE = rule();

  private static Rule rule() {
    try {
      return RuleLoader.read("""
          rules:
            - id: demo-password
              title: Demo password
              severity: high
              files: [app.properties]
              key-paths: [demo.password]
              allowlist: {regexes: ['^allowed-']}
              references: ['https://example.invalid/demo']
          """, "demo.yaml").get(0);
    } catch (ConfigException e) {
      throw new IllegalStateException(e);
    }
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "Tr0ub4dor&3         | true",
      "hunter2abc          | true",
      "correcthorsebattery | true",
      "'   '               | false",
      "${DB_PASSWORD}      | false",
      "${env.NEXUS_PASS}   | false",
      "#{vault.db}         | false",
      "{{ db_password }}   | false",
      "$DB_PASSWORD        | false",
      "%DB_PASSWORD%       | false",
      "@db.password@       | false",
      "{cipher}a1b2c3d4e5f6 | false",
      "ENC(Zm9vYmFyYmF6cXV4) | false",
      "{COQLCE6DU6GtcS5P=} | false",
      "rotated by ops {COQLCE6DU6GtcS5P=} | false",
      "<password>          | false",
      "changeme            | false",
      "your-password-here  | false",
      "DB_PASSWORD         | false",
      "abc12               | false",
      "postgres            | false",
      "secret              | false",
      "allowed-Xk9mP2qL    | false",
  })
  void isSecret(String value, boolean secret) {
    assertEquals(secret, ValueCheck.isSecret(RULE, value, "demo.password=" + value, 14));
  }
}
