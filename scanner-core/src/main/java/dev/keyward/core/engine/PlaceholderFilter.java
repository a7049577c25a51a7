package dev.keyward.core.engine;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Recognises candidate secrets that are not secrets: template variables ({@code ${VAR}}, {@code
 * {{var}}}), angle-bracket placeholders, documentation words ({@code your-api-key}, {@code
 * EXAMPLE}), filler ({@code XXXX…}, {@code 12345678}), and environment-variable names or lookups
 * ({@code os.environ["ANTHROPIC_API_KEY"]}, {@code process.env.TOKEN}).
 */
public final class PlaceholderFilter {
  /** "…" as content from a UTF-8 file reads (engines see bytes through an ISO-8859-1 view). */
  private static final String ELLIPSIS_UTF8_AS_LATIN1 = new String("…".getBytes(StandardCharsets.UTF_8),
      StandardCharsets.ISO_8859_1);
  private static final List<String> MARKERS =
      List.of("${", "{{", "}}", "<", ">", "%s", "%(", "$(", "…", ELLIPSIS_UTF8_AS_LATIN1, "...", "****");

  private static final List<String> WORDS =
      List.of("example", "placeholder", "your_", "your-", "yourkey", "yourtoken", "yoursecret",
          "xxxx", "changeme", "change_me", "change-me", "dummy", "redacted", "replace_me",
          "replace-me", "insert_", "insert-", "sample", "abcdefgh", "12345678", "qwerty");

  /** An UPPER_SNAKE_CASE name with at least one underscore: a variable's name, not its value. */
  private static final Pattern ENV_NAME = Pattern.compile("[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+");

  /** What comes right before a string that is an environment variable's name. */
  private static final Pattern ENV_LOOKUP_BEFORE = Pattern.compile(
      "(?i)(?:getenv|environ(?:\\.get)?|env(?:\\.get)?|ENV|getProperty|secrets?|vars)\\s*[\\[(]\\s*['\"]?$"
          + "|(?i)(?:process\\.env|import\\.meta\\.env|env)\\.$");

  /**
   * A value that starts by expanding a variable ({@code $HOST}, {@code $user:$pass@...}): a shell,
   * PHP or Makefile expansion, not a literal. A digit after the dollar is kept (bcrypt's {@code $2a$}).
   */
  private static final Pattern VARIABLE_START = Pattern.compile("^\\$[A-Za-z_]");

  /** A template or format placeholder: {@code {0}}, {@code {name}}, {@code {b62:20}}. */
  private static final Pattern TEMPLATE = Pattern.compile("\\{\\w*(?::\\w+)?\\}");

  /**
   * Secrets at least this long with at least {@link #RANDOM_ENTROPY} bits per character are random
   * material (a PEM body, a JWT): a filler word or a run of one character inside them is chance,
   * not a placeholder, so only the marker and template checks apply to them.
   */
  static final int LONG_SECRET = 64;

  static final double RANDOM_ENTROPY = 4.0;

  private static final int REPEAT_RUN = 6;
  private static final int MASK_RUN = 8;
  private static final int LOOKBEHIND = 48;

  private PlaceholderFilter() {}

  /** Whether {@code secret}, found at {@code start} in {@code text}, is a placeholder. */
  public static boolean isPlaceholder(String secret, CharSequence text, int start) {
    for (String marker : MARKERS) {
      if (secret.contains(marker)) {
        return true;
      }
    }
    if (TEMPLATE.matcher(secret).find() || VARIABLE_START.matcher(secret).find() || hasMaskRun(secret)) {
      return true;
    }
    if (!looksRandom(secret)) {
      String lower = secret.toLowerCase(Locale.ROOT);
      for (String word : WORDS) {
        if (lower.contains(word)) {
          return true;
        }
      }
      if (hasRepeatRun(secret)) {
        return true;
      }
    }
    return ENV_NAME.matcher(secret).matches() || isEnvLookup(text, start);
  }

  private static boolean looksRandom(String secret) {
    return secret.length() >= LONG_SECRET && Entropy.shannon(secret) >= RANDOM_ENTROPY;
  }

  /**
   * A run of {@value #MASK_RUN} or more {@code X}, {@code x} or {@code #}: a masked or padded value
   * ({@code bedrock-api-key-YmVk…XXXXXXXXXXXX}), even in an otherwise random-looking secret, where
   * such a run does not occur by chance (zero bytes show as runs of {@code A} in base64, not these).
   */
  private static boolean hasMaskRun(String s) {
    int run = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean mask = c == 'X' || c == 'x' || c == '#';
      run = !mask ? 0 : i > 0 && c == s.charAt(i - 1) ? run + 1 : 1;
      if (run >= MASK_RUN) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasRepeatRun(String s) {
    int run = 1;
    for (int i = 1; i < s.length(); i++) {
      run = s.charAt(i) == s.charAt(i - 1) ? run + 1 : 1;
      if (run >= REPEAT_RUN) {
        return true;
      }
    }
    return false;
  }

  private static boolean isEnvLookup(CharSequence text, int start) {
    int from = Math.max(0, start - LOOKBEHIND);
    return ENV_LOOKUP_BEFORE.matcher(text.subSequence(from, start)).find();
  }
}
