package dev.keyward.core.rule.validator;

import static java.nio.charset.StandardCharsets.ISO_8859_1;

import dev.keyward.core.engine.Entropy;
import dev.keyward.core.engine.PlaceholderFilter;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The value check shared by the catch-all rules ({@code generic-secret-*}), which find a literal by
 * the secret-looking name it is given and so must judge the literal itself. Not a secret: a URL, a
 * path or file name, a dotted identifier, a list of words, a digest written with its algorithm
 * ({@code sha256:…}, {@code sha512-…}, {@code SHA256:…}, {@code h1:…}), an encrypted value or a
 * reference to a secret store or variable ({@code ENC(…)}, {@code {cipher}…}, {@code vault:…},
 * {@code env:…}, {@code %VAR%}), test data and runs of the alphabet ({@code a1b2c3d4}, {@code abcdefgh},
 * {@code 01234567}, even in a long random-looking value), and a JWT that its own validator rejects
 * (a documentation token).
 * A value that is base64 of text (a Kubernetes Secret's {@code data:}) is judged by that text, as
 * a literal would be: one token of at least {@value #MIN_DECODED_LENGTH} characters with a letter and
 * a digit, {@value #MIN_DECODED_ENTROPY} bits of entropy per character, and no placeholder; the
 * text {@code NAME=value} (an encoded {@code .env} line) is judged by its value.
 */
public final class GenericSecretValue implements Validator {
  static final int MIN_DECODED_LENGTH = 12;
  static final double MIN_DECODED_ENTROPY = 3.0;
  private static final int MIN_ENCODED_LENGTH = 16;

  private static final List<Pattern> NOT_SECRETS = Stream.of(
      "^[A-Za-z][A-Za-z0-9+.-]{1,15}:(?:[A-Za-z][A-Za-z0-9+.-]{1,15}:)?//",
      "^(?:~|\\.{1,2})?/(?:[^/]{0,64}/)?[a-z][a-z0-9_.-]{0,40}(?:/|$)",
      "(?i)\\.(?:pem|key|crt|cer|der|p12|pfx|jks|keystore|json|ya?ml|xml|txt|properties|env|conf|cfg|ini|html?|js|ts"
          + "|java|py|rb|go|php|sh|png|jpe?g|gif|svg)$",
      "^[a-z_][a-z0-9_]*(?:\\.[a-z_][a-z0-9_-]*)+\\.[A-Za-z_$][A-Za-z0-9_$]*$",
      "^[a-z]+(?:[-_.][a-z]+)+(?:[-_.]?[0-9]{1,6})?$",
      "^(?i:sha(?:1|224|256|384|512)|sha3-(?:224|256|384|512)|md5|blake2[bs]?|h1)[:-]",
      "^(?:ENC[(\\[]|\\{cipher\\}|(?i:vault|env):)",
      "^%[A-Za-z_][A-Za-z0-9_]*%$",
      "(?i)fixture|a1b2c3d4|1a2b3c4d|abcd1234|1234abcd|zyxwvu|123e4567-e89b|abcdefgh|01234567|12345678")
      .map(Pattern::compile).toList();

  /** A literal as the generic rules take it: one token without quotes, brackets or separators. */
  private static final Pattern TOKEN = Pattern.compile("[^\\s\"'`\\\\<>(){}\\[\\],;]{" + MIN_DECODED_LENGTH + ",200}");

  private static final Pattern BASE64 = Pattern.compile("[A-Za-z0-9+/]+={0,2}");
  private static final Pattern ENV_LINE = Pattern.compile("[A-Za-z_][A-Za-z0-9_.-]{0,100}=[\"']?(.*?)[\"']?");
  private static final Pattern SCHEME = Pattern.compile("(?i)(?:Bearer|Basic|Digest|token|OAuth)[\\x20\\t]{1,4}");
  private static final Pattern LETTER = Pattern.compile("[A-Za-z]");
  private static final Pattern DIGIT = Pattern.compile("[0-9]");

  private final Validator jwt = new JwtStructure();

  @Override
  public String name() {
    return "generic-value";
  }

  @Override
  public boolean isValid(CharSequence secret) {
    String value = secret.toString();
    if (!isLiteral(value)) {
      return false;
    }
    Optional<String> text = base64Text(value);
    return text.isEmpty() || isDecodedSecret(text.get());
  }

  /**
   * Whether {@code value} is none of the look-alikes above (a JWT must pass its own validator) and
   * printable ASCII: a character beyond it comes from prose or from text wrongly decoded (the
   * {@code %DA} of {@code %DATABASE_PASSWORD%} read as a percent escape), not from a generated secret.
   */
  private boolean isLiteral(String value) {
    if (!value.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
      return false;
    }
    for (Pattern p : NOT_SECRETS) {
      if (p.matcher(value).find()) {
        return false;
      }
    }
    return !value.startsWith("eyJ") || jwt.isValid(value);
  }

  private boolean isDecodedSecret(String text) {
    String value = text.endsWith("\n") ? text.substring(0, text.length() - (text.endsWith("\r\n") ? 2 : 1)) : text;
    Matcher env = ENV_LINE.matcher(value);
    if (env.matches()) {
      value = env.group(1);
    }
    Matcher scheme = SCHEME.matcher(value);
    if (scheme.lookingAt()) {
      value = value.substring(scheme.end());
    }
    return TOKEN.matcher(value).matches() && LETTER.matcher(value).find() && DIGIT.matcher(value).find()
        && Entropy.shannon(value) >= MIN_DECODED_ENTROPY && !PlaceholderFilter.isPlaceholder(value, value, 0)
        && isLiteral(value);
  }

  /** The text {@code value} is the standard base64 of, if it is base64 of printable ASCII text. */
  static Optional<String> base64Text(String value) {
    if (value.length() < MIN_ENCODED_LENGTH || value.length() % 4 != 0 || !BASE64.matcher(value).matches()) {
      return Optional.empty();
    }
    byte[] bytes;
    try {
      bytes = Base64.getDecoder().decode(value);
    } catch (IllegalArgumentException notBase64) {
      return Optional.empty();
    }
    for (byte b : bytes) {
      boolean printable = b >= 0x20 && b < 0x7f || b == '\n' || b == '\r' || b == '\t';
      if (!printable) {
        return Optional.empty();
      }
    }
    return Optional.of(new String(bytes, ISO_8859_1));
  }
}
