package dev.keyward.core.testkit;

import dev.keyward.core.rule.validator.GithubCrc32Checksum;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Expands key templates into fresh fake keys from a seeded generator, so no key-shaped literal is
 * ever committed. Placeholders:
 *
 * <ul>
 *   <li>{@code {b64url:N}} A-Za-z0-9_-, {@code {b64:N}} A-Za-z0-9+/, {@code {b62:N}} A-Za-z0-9,
 *       {@code {hex:N}}, {@code {HEX:N}}, {@code {lower:N}}, {@code {upper:N}}, {@code {digits:N}},
 *       {@code {alnum_lower:N}}, {@code {alnum_upper:N}}, {@code {bech32_upper:N}} (the upper-case
 *       Bech32 data alphabet, no 1/B/I/O): N random characters of that class;
 *   <li>{@code {C:N}} where C is one character: C repeated N times ({@code {X:93}});
 *   <li>{@code {crc32b62}}: GitHub's six-character checksum of what the previous placeholder made;
 *   <li>{@code {{} and {@code }}}: literal braces; {@code «} and {@code »}: mark the secret (removed).
 * </ul>
 */
public final class FakeKeys {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{|\\}\\}|\\{([^{}:]+)(?::(\\d+))?\\}");
  private static final String UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  private static final String LOWER = "abcdefghijklmnopqrstuvwxyz";
  private static final String DIGITS = "0123456789";

  private FakeKeys() {}

  /** The expansion of a template: text, and where the «marked» secret lies in it (if marked). */
  public static final class Expansion {
    private final String template;
    private final String text;
    private final int secretStart;
    private final int secretEnd;

    Expansion(String template, String text, int secretStart, int secretEnd) {
      this.template = template;
      this.text = text;
      this.secretStart = secretStart;
      this.secretEnd = secretEnd;
    }

    public String text() {
      return text;
    }

    public boolean hasMarkedSecret() {
      return secretStart >= 0;
    }

    public String secret() {
      return text.substring(secretStart, secretEnd);
    }

    /** 1-based line of the marked secret's start. */
    public int secretLine() {
      return (int) text.substring(0, secretStart).chars().filter(c -> c == '\n').count() + 1;
    }

    /** 1-based column of the marked secret's start. */
    public int secretColumn() {
      return secretStart - (text.lastIndexOf('\n', secretStart - 1) + 1) + 1;
    }

    /** The template, never the expansion, so assertion messages show no key. */
    @Override
    public String toString() {
      return "Expansion of '" + template + "'";
    }
  }

  /** Expands {@code template} deterministically for {@code seed}. */
  public static Expansion expand(String template, long seed) {
    Random random = new Random(seed);
    StringBuilder out = new StringBuilder();
    Matcher m = PLACEHOLDER.matcher(template);
    int last = 0;
    String previous = "";
    int start = -1;
    int end = -1;
    while (m.find()) {
      String literal = template.substring(last, m.start());
      int[] marks = appendLiteral(out, literal);
      start = marks[0] >= 0 ? marks[0] : start;
      end = marks[1] >= 0 ? marks[1] : end;
      String token = m.group();
      if (token.equals("{{") || token.equals("}}")) {
        out.append(token.charAt(0));
      } else {
        previous = generate(m.group(1), m.group(2), previous, random, template);
        out.append(previous);
      }
      last = m.end();
    }
    int[] marks = appendLiteral(out, template.substring(last));
    start = marks[0] >= 0 ? marks[0] : start;
    end = marks[1] >= 0 ? marks[1] : end;
    if ((start < 0) != (end < 0) || end < start) {
      throw new IllegalArgumentException("unbalanced « » in template: " + template);
    }
    return new Expansion(template, out.toString(), start, end);
  }

  /** Appends literal text, dropping « and » and returning where they were in the output. */
  private static int[] appendLiteral(StringBuilder out, String literal) {
    int[] marks = {-1, -1};
    for (char c : literal.toCharArray()) {
      if (c == '«') {
        marks[0] = out.length();
      } else if (c == '»') {
        marks[1] = out.length();
      } else {
        out.append(c);
      }
    }
    return marks;
  }

  private static String generate(String name, String count, String previous, Random random, String template) {
    if (name.equals("crc32b62")) {
      return GithubCrc32Checksum.checksum(previous);
    }
    if (count == null) {
      throw new IllegalArgumentException("placeholder {" + name + "} needs a length in " + template);
    }
    int n = Integer.parseInt(count);
    if (name.length() == 1) {
      return name.repeat(n);
    }
    String alphabet = switch (name) {
      case "b64url" -> UPPER + LOWER + DIGITS + "_-";
      case "b64" -> UPPER + LOWER + DIGITS + "+/";
      case "b62" -> UPPER + LOWER + DIGITS;
      case "hex" -> DIGITS + "abcdef";
      case "HEX" -> DIGITS + "ABCDEF";
      case "lower" -> LOWER;
      case "upper" -> UPPER;
      case "digits" -> DIGITS;
      case "alnum_lower" -> LOWER + DIGITS;
      case "alnum_upper" -> UPPER + DIGITS;
      case "bech32_upper" -> "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L";
      default -> throw new IllegalArgumentException("unknown placeholder {" + name + "} in " + template);
    };
    StringBuilder sb = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return sb.toString();
  }
}
