package dev.keyward.core.rule.validator;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A JSON Web Token (RFC 7519, compact serialisation per RFC 7515): three base64url parts whose first
 * decodes to a JSON object naming an {@code alg}. Filters out dotted identifiers that merely start
 * with {@code eyJ}, and documentation example tokens (jwt.io's, copied into countless READMEs and
 * tests), recognised by their decoded claims so that every signature and algorithm of them is skipped.
 */
public final class JwtStructure implements Validator {
  /**
   * Claims of published example tokens: jwt.io's default token (subject {@code 1234567890} for the user
   * {@code John Doe}, with or without {@code admin} and {@code iat}) and the token of PyJWT's README
   * (the claims {@code {"some": "payload"}} and nothing else).
   */
  private static final List<Predicate<JsonNode>> DOCUMENTED = List.of(
      claims -> "1234567890".equals(claims.path("sub").asText(null))
          && "John Doe".equals(claims.path("name").asText(null)),
      claims -> claims.size() == 1 && "payload".equals(claims.path("some").asText(null)));

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
      claims = Json.MAPPER.readTree(payload);
    } catch (JsonProcessingException notJson) {
      return false;
    }
    return claims != null && claims.isObject() && DOCUMENTED.stream().anyMatch(d -> d.test(claims));
  }

  /** Made on first use: data binding costs ~150 ms of a cold start, and most scans meet no JWT. */
  private static final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper();
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
