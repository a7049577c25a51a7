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
 *       token ({@code @db.password@});
 *   <li>encrypted: Spring Cloud Config's {@code {cipher}...}, Jasypt's {@code ENC(...)}, Maven's
 *       {@code {base64}} (text around the braces allowed, as Maven allows it);
 *   <li>a placeholder by the engine's rules ({@code <password>}, {@code changeme}, {@code xxxx},
 *       {@code your-password}, an {@code UPPER_SNAKE} variable name, …);
 *   <li>trivial: shorter than {@value #MIN_LENGTH} characters, or a single lower-case word shorter than
 *       {@value #MIN_WORD_LENGTH} letters ({@code postgres}, {@code secret}, {@code guest}: the
 *       defaults of local development setups, not leaks);
 *   <li>below the rule's {@code entropy}, if it sets one; allowed by its allowlist; rejected by its
 *       validator.
 * </ul>
 *
 * Anything else is a secret however short: a ten-character password in {@code
 * spring.datasource.password} is a leaked password.
 */
final class ValueCheck {
  static final int MIN_LENGTH = 6;
  static final int MIN_WORD_LENGTH = 12;

  private static final Pattern REFERENCE = Pattern.compile(
      "\\$\\{|#\\{|\\{\\{|^\\$[A-Za-z_{(]|^%[A-Za-z_][A-Za-z0-9_]*%$|^@[A-Za-z0-9_.-]+@$");
  private static final Pattern ENCRYPTED = Pattern.compile(
      "^\\{cipher\\}|^ENC\\(.*\\)$|\\{[A-Za-z0-9+/]{8,}={0,2}\\}");
  private static final Pattern WORD = Pattern.compile("[a-z]+");

  private ValueCheck() {}

  /** Whether {@code value}, written at {@code start} of {@code text}, is a plaintext secret for {@code rule}. */
  static boolean isSecret(Rule rule, String value, String text, int start) {
    String v = value.strip();
    if (v.isEmpty() || REFERENCE.matcher(v).find() || ENCRYPTED.matcher(v).find()) {
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
        || (value.length() < MIN_WORD_LENGTH && WORD.matcher(value).matches());
  }
}
