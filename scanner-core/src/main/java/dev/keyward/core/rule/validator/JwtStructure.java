package dev.keyward.core.rule.validator;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.Base64;

/**
 * A JSON Web Token (RFC 7519, compact serialisation per RFC 7515): three base64url parts whose first
 * decodes to a JSON object naming an {@code alg}. Filters out dotted identifiers that merely start
 * with {@code eyJ}.
 */
public final class JwtStructure implements Validator {
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
    String header;
    try {
      header = new String(Base64.getUrlDecoder().decode(stripPadding(parts[0])), UTF_8).trim();
      Base64.getUrlDecoder().decode(stripPadding(parts[1]));
    } catch (IllegalArgumentException notBase64) {
      return false;
    }
    return header.startsWith("{") && header.endsWith("}") && header.contains("\"alg\"");
  }

  private static String stripPadding(String part) {
    int end = part.length();
    while (end > 0 && part.charAt(end - 1) == '=') {
      end--;
    }
    return part.substring(0, end);
  }
}
