package dev.keyward.core.rule.validator;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keyward.core.testkit.FakeKeys;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class ValidatorsTest {
  private final Validator github = Validators.byName("github-crc32").orElseThrow();
  private final Validator jwt = Validators.byName("jwt").orElseThrow();

  @Test
  void base62_padsAndEncodes() {
    assertEquals("000000", Base62.encode(0, 6));
    assertEquals("00000z", Base62.encode(61, 6));
    assertEquals("000010", Base62.encode(62, 6));
    assertEquals("4gfFC3", Base62.encode(0xFFFFFFFFL, 6));
  }

  @Test
  void githubCrc32_acceptsOwnChecksum_rejectsAnyOther() {
    String valid = FakeKeys.expand("ghx_{b62:30}{crc32b62}", 1).text();
    assertTrue(github.isValid(valid));
    char last = valid.charAt(valid.length() - 1);
    String tampered = valid.substring(0, valid.length() - 1) + (last == 'a' ? 'b' : 'a');
    assertFalse(github.isValid(tampered));
    assertFalse(github.isValid("ghx_short"));
  }

  @Test
  void jwt_requiresJsonHeaderWithAlg() {
    Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
    String header = b64.encodeToString("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(UTF_8));
    String payload = b64.encodeToString("{\"sub\":\"42\"}".getBytes(UTF_8));
    String signature = FakeKeys.expand("{b64url:43}", 3).text();
    assertTrue(jwt.isValid(header + "." + payload + "." + signature));
    assertFalse(jwt.isValid(b64.encodeToString("{\"typ\":\"JWT\"}".getBytes(UTF_8)) + "." + payload + "." + signature));
    assertFalse(jwt.isValid("eyJhbGciOi.not-base64!.x"));
    assertFalse(jwt.isValid(header + "." + payload));
  }

  @Test
  void jwt_documentationExample_rejectedWhateverItsSignatureOrAlgorithm() {
    Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
    String payload = b64.encodeToString(
        "{\"sub\":\"1234567890\",\"name\":\"John Doe\",\"admin\":true,\"iat\":1516239022}".getBytes(UTF_8));
    for (String alg : new String[] {"HS256", "RS256"}) {
      String header = b64.encodeToString(("{\"alg\":\"" + alg + "\",\"typ\":\"JWT\"}").getBytes(UTF_8));
      assertFalse(jwt.isValid(header + "." + payload + "." + FakeKeys.expand("{b64url:43}", 9).text()), alg);
    }
    String pyjwt = b64.encodeToString("{\"some\":\"payload\"}".getBytes(UTF_8));
    String hs256 = b64.encodeToString("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(UTF_8));
    assertFalse(jwt.isValid(hs256 + "." + pyjwt + "." + FakeKeys.expand("{b64url:43}", 9).text()));
    String other = b64.encodeToString("{\"sub\":\"1234567890\",\"name\":\"Jane Roe\"}".getBytes(UTF_8));
    String header = b64.encodeToString("{\"alg\":\"HS256\"}".getBytes(UTF_8));
    assertTrue(jwt.isValid(header + "." + other + "." + FakeKeys.expand("{b64url:43}", 9).text()));
  }
}
