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
      "vault:secret/data/app#password | false",
      "'ENC[AES256_GCM,data:q2XIAXMR,iv:/YuCB4OI=,tag:IOFSW==,type:str]' | false",
      "{bcrypt}$2a$10$dXJ3SW6G7P50lGmMkkmwe.20cQQubK3.HZWzG3YB1tlRy.fqvM/BG | false",
      "{noop}Tr0ub4dor&3   | true",
      "https://deploy@git.acme.invalid/app.git | false",
      "data:image/png;base64,iVBORw0KGgo | false",
      "jdbc:postgresql://db.internal:5432/app?user=app | false",
      "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAA deploy@ci | false",
      "sha256:73845f890fdab50811000d2ca79f9437 | false",
      "sha384-/e+LtAFfdVsDpFyMBBkEGLu | false",
      "static/js/main.8cce2758.chunk.js | false",
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdef | false",
      "testtesttesttest    | false",
      "36e21b26-ffce-c2f7-19f5-ca9a15f2b354 | true",
      "3b60c69cbc4f0a84742b9b2945663a2a48e2c1d7 | true",
  })
  void isSecret(String value, boolean secret) {
    assertEquals(secret, ValueCheck.isSecret(RULE, value, "demo.password=" + value, 14));
  }
}
