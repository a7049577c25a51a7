package dev.keyward.core.structured;

import dev.keyward.core.engine.Entropy;
import dev.keyward.core.engine.PlaceholderFilter;
import dev.keyward.core.rule.Rule;
import java.util.regex.Pattern;

/**
 * Decides whether a value at a secret's key path is a secret in plain text. It is not when it is:
 *
 * <ul>
 *   <li>blank;
 *   <li>a reference, resolved elsewhere: a property or environment reference ({@code ${DB_PASSWORD}},
 *       {@code ${env.MAVEN_PASSWORD}}), an expression ({@code #{...}}), a template ({@code {{ x }}}),
 *       a shell variable ({@code $DB_PASSWORD}), a Windows one ({@code %DB_PASSWORD%}), a build-time
 *       token ({@code @db.password@}), a secret-store reference ({@code vault:…}, {@code env:…},
 *       {@code file:…}, {@code secret:…});
 *   <li>encrypted or hashed: Spring Cloud Config's {@code {cipher}…}, Jasypt's {@code ENC(…)}, SOPS's
 *       {@code ENC[…]}, Maven's {@code {base64}} (text around the braces allowed, as Maven allows),
 *       Spring Security's hashed forms ({@code {bcrypt}…}, {@code {pbkdf2}…}; {@code {noop}…} is plain
 *       text and checked without its prefix);
 *   <li>not a password at all: a URL ({@code scheme://…}; credentials in URLs are the URL rules' job),
 *       a data URI, an SSH public key, a digest with its algorithm ({@code sha256:…}, {@code
 *       sha384-…}), a file name ({@code keystore.p12}), a run of the alphabet;
 *   <li>a placeholder by the engine's rules ({@code <password>}, {@code changeme}, {@code xxxx},
 *       {@code your-password}, an {@code UPPER_SNAKE} variable name, …);
 *   <li>trivial: shorter than {@value #MIN_LENGTH} characters, a single lower-case word shorter than
 *       {@value #MIN_WORD_LENGTH} letters ({@code postgres}, {@code secret}, {@code guest}: the
 *       defaults of local development setups, not leaks), or one short unit repeated ({@code
 *       testtesttest});
 *   <li>below the rule's {@code entropy}, if it sets one; allowed by its allowlist; rejected by its
 *       validator.
 * </ul>
 *
 * Anything else is a secret however short: a ten-character password in {@code
 * spring.datasource.password} is a leaked password, and so is a UUID or hex string in a
 * {@code <password>} element.
 */
final class ValueCheck {
  static final int MIN_LENGTH = 6;
  static final int MIN_WORD_LENGTH = 12;

  private static final Pattern REFERENCE = Pattern.compile(
      "\\$\\{|#\\{|\\{\\{|^\\$[A-Za-z_{(]|^%[A-Za-z_][A-Za-z0-9_]*%$|^@[A-Za-z0-9_.-]+@$"
          + "|^(?:vault|env|file|secrets?):[^\\s]");
  private static final Pattern ENCRYPTED = Pattern.compile(
      "^\\{cipher\\}|^ENC\\(.*\\)$|^ENC\\[|\\{[A-Za-z0-9+/]{8,}={0,2}\\}"
          + "|^\\{(?:bcrypt|pbkdf2|scrypt|argon2|sha256|SHA|SSHA|MD4|MD5|ldap)\\}");
  private static final Pattern NOT_A_PASSWORD = Pattern.compile(
      "^(?:jdbc:)?[A-Za-z][A-Za-z0-9+.-]{1,15}://|^data:[\\w.+-]+/[\\w.+-]+[;,]"
          + "|^(?:ssh-(?:rsa|dss|ed25519)|ecdsa-sha2-[\\w-]+|sk-(?:ssh|ecdsa)-[\\w@.-]+) AAAA"
          + "|^(?i:sha(?:1|224|256|384|512))[-:]"
          + "|(?i:\\.(?:jks|p12|pfx|keystore|jceks|pem|key|crt|cer|der|json|ya?ml|xml|properties|txt|js|css|html?))$"
          + "|ABCDEFGHIJKLMNOP|abcdefghijklmnop|0123456789");
  /** Spring Security's prefix for a password stored as it is: what follows is plain text. */
  private static final String NOOP = "{noop}";
  private static final Pattern WORD = Pattern.compile("[a-z]+");
  private static final Pattern REPEATED = Pattern.compile("(.{1,8}?)\\1+");

  private ValueCheck() {}

  /** Whether {@code value}, written at {@code start} of {@code text}, is a plaintext secret for {@code rule}. */
  static boolean isSecret(Rule rule, String value, String text, int start) {
    String stripped = value.strip();
    String v = stripped.startsWith(NOOP) ? stripped.substring(NOOP.length()) : stripped;
    if (v.isEmpty() || REFERENCE.matcher(v).find() || ENCRYPTED.matcher(v).find() || NOT_A_PASSWORD.matcher(v).find()) {
      return false;
    }
    if (isTrivial(v) || PlaceholderFilter.isPlaceholder(v, text, start) || rule.allowlist().allowsSecret(v)) {
      return false;
    }
    if (rule.minEntropy().isPresent() && Entropy.shannon(v) < rule.minEntropy().getAsDouble()) {
      return false;
    }
    return rule.validator().map(validator -> validator.isValid(v)).orElse(true);
  }

  static boolean isTrivial(String value) {
    return value.length() < MIN_LENGTH
        || (value.length() < MIN_WORD_LENGTH && WORD.matcher(value).matches())
        || REPEATED.matcher(value).matches();
  }
}
