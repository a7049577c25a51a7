package dev.keyward.core.rule.validator;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keyward.core.testkit.FakeKeys;
import java.util.Base64;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GenericSecretValueTest {
  private static final long[] SEEDS = {1, 2, 3, 42, 2026};
  private final Validator value = Validators.byName("generic-value").orElseThrow();

  private static String fake(String template, long seed) {
    return FakeKeys.expand(template, seed).text();
  }

  private static String base64(String text) {
    return Base64.getEncoder().encodeToString(text.getBytes(UTF_8));
  }

  @ParameterizedTest
  @ValueSource(strings = {"{b62:32}", "{hex:40}", "{b64:40}", "whsec_{b62:32}", "{b64url:20}.{b64url:20}",
      "{hex:8}-{hex:4}-{hex:4}-{hex:4}-{hex:12}", "admin:{hex:34}", "s.{b62:24}.{b62:5}"})
  void isValid_randomLiteral_accepted(String template) {
    for (long seed : SEEDS) {
      assertTrue(value.isValid(fake(template, seed)), template);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"sha256:{hex:64}", "SHA256:{b64:43}", "sha512-{b64:86}==", "sha384-{b64:64}", "md5:{hex:32}",
      "h1:{b64:43}=", "ENC({b64:44})", "{{cipher}}{hex:96}", "vault:secret/data/{lower:6}#password",
      "env:{upper:6}_TOKEN",
      "%{upper:8}_PASSWORD_2%"})
  void isValid_digestEncryptedValueOrReference_rejected(String template) {
    for (long seed : SEEDS) {
      assertFalse(value.isValid(fake(template, seed)), template);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"https://{lower:8}.io/oauth/{b62:12}", "jdbc:postgresql://db.internal:5432/{lower:6}",
      "/etc/{lower:6}/secret-{digits:4}", "~/.ssh/id_{lower:4}{digits:2}", "./config/{lower:6}{digits:2}",
      "keys/{lower:6}-{digits:4}.pem", "org.acme.security.{upper:1}{lower:8}Provider2",
      "self._lib.NID_{lower:3}_256_{lower:3}", "integration-secret-value-0001",
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/", "test-{b62:20}-fixture"})
  void isValid_urlPathFileIdentifierOrTestData_rejected(String template) {
    for (long seed : SEEDS) {
      assertFalse(value.isValid(fake(template, seed)), template);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"/{b64:20}/{b64:21}", "/{upper:2}{digits:2}{b62:30}"})
  void isValid_base64StartingWithSlash_notTakenForAPath(String template) {
    for (long seed : SEEDS) {
      String secret = fake(template, seed);
      if (GenericSecretValue.base64Text(secret).isEmpty()) {
        assertTrue(value.isValid(secret), template);
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"ENC({b64:44})", "${{DB_PASSWORD}}", "{{{{ db_password }}}}", "********************",
      "changeme-changeme", "API_KEY_2=secretsecretsecretsecret\n",
      "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI{b64:43} ci@build",
      "TOKEN_5=whsec_****************\n", "sha256:{hex:64}", "aaaaaaaaaaaaaaaaaaaaaaaa1", "password123",
      "DefaultEndpointsProtocol=http;AccountName={lower:8}1;AccountKey={b64:86}==;"})
  void isValid_base64OfTextThatIsNoSecret_rejected(String template) {
    for (long seed : SEEDS) {
      assertFalse(value.isValid(base64(fake(template, seed))), template);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"{b62:32}", "API_TOKEN={b62:24}{digits:2}\n", "token {b62:22}{digits:2}", "admin:{hex:34}"})
  void isValid_base64OfASecret_accepted(String template) {
    for (long seed : SEEDS) {
      assertTrue(value.isValid(base64(fake(template, seed))), template);
    }
  }

  @Test
  void isValid_nonAsciiCharacter_rejected() {
    assertFalse(value.isValid("\u00daTABASE_PASSWORD_2%"));
    assertFalse(value.isValid("contrase\u00f1a" + fake("{b62:12}", 3)));
  }

  @Test
  void isValid_base64OfRandomBytes_accepted() {
    Random random = new Random(7);
    for (int i = 0; i < 100; i++) {
      byte[] bytes = new byte[30];
      random.nextBytes(bytes);
      String encoded = Base64.getEncoder().encodeToString(bytes);
      if (encoded.matches(".*[0-9].*")) {
        assertTrue(value.isValid(encoded), "random bytes " + i);
      }
    }
  }

  @Test
  void isValid_jwt_mustPassTheJwtValidator() {
    Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
    String header = b64.encodeToString("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(UTF_8));
    String documented = b64.encodeToString(
        "{\"sub\":\"1234567890\",\"name\":\"John Doe\",\"iat\":1516239022}".getBytes(UTF_8));
    String own = b64.encodeToString("{\"sub\":\"svc-billing\",\"iat\":1716239022}".getBytes(UTF_8));
    String signature = fake("{b64url:43}", 5);
    assertFalse(value.isValid(header + "." + documented + "." + signature));
    assertTrue(value.isValid(header + "." + own + "." + signature));
    assertFalse(value.isValid("eyJ" + fake("{b62:40}", 5)));
  }
}
