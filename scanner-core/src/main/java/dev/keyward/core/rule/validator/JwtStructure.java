package dev.keyward.core.rule.validator;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * A JSON Web Token (RFC 7519, compact serialisation per RFC 7515): three base64url parts whose first
 * decodes to a JSON object naming an {@code alg}. Filters out dotted identifiers that merely start
 * with {@code eyJ}, and the documentation example tokens (jwt.io's, copied into countless READMEs and
 * tests), recognised by their decoded claims so that any signature or algorithm of them is skipped.
 */
public final class JwtStructure implements Validator {
  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * Claims of published example tokens: jwt.io's default token (and the RFC-style variants built
   * from it) carries subject {@code 1234567890} for the user {@code John Doe}.
   */
  private static final List<Claims> DOCUMENTED = List.of(new Claims("1234567890", "John Doe"));

  /** The subject and name claims that identify a documentation token. */
  private record Claims(String sub, String name) {
    boolean matches(JsonNode payload) {
      return sub.equals(payload.path("sub").asText(null)) && name.equals(payload.path("name").asText(null));
    }
  }

  @Override
  public String name() {
    return "jwt";
  }

  @Override
  public boolean isValid(CharSequence secret) {
    String[] parts = secret.toString().split("\\.", -1);
    if (parts.length != 3 || parts[0].isEmpty() || parts[1].isEmpty()) {
      return false;
    }
    Optional<String> header = decode(parts[0]);
    Optional<String> payload = decode(parts[1]);
    if (header.isEmpty() || payload.isEmpty()) {
      return false;
    }
    String h = header.get().trim();
    return h.startsWith("{") && h.endsWith("}") && h.contains("\"alg\"") && !isDocumented(payload.get());
  }

  /** Whether {@code payload} is the claims set of a published example token. */
  private static boolean isDocumented(String payload) {
    JsonNode claims;
    try {
      claims = JSON.readTree(payload);
    } catch (JsonProcessingException notJson) {
      return false;
    }
    return claims != null && claims.isObject() && DOCUMENTED.stream().anyMatch(c -> c.matches(claims));
  }

  private static Optional<String> decode(String part) {
    try {
      return Optional.of(new String(Base64.getUrlDecoder().decode(stripPadding(part)), UTF_8));
    } catch (IllegalArgumentException notBase64) {
      return Optional.empty();
    }
  }

  private static String stripPadding(String part) {
    int end = part.length();
    while (end > 0 && part.charAt(end - 1) == '=') {
      end--;
    }
    return part.substring(0, end);
  }
}
