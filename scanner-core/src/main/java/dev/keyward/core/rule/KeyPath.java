package dev.keyward.core.rule;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A pattern over the key path of a value in a parsed configuration file: {@code
 * spring.datasource.password}, {@code spring.security.oauth2.client.registration.*.client-secret},
 * {@code **.*password}. Segments are separated by dots; {@code *} inside a segment matches any run
 * of characters within it, a segment {@code **} matches any number of segments (none included).
 * A list item is a segment of its own ({@code [0]}), which {@code *} and {@code **} match.
 *
 * <p>Segments compare case-insensitively and ignoring {@code -} and {@code _}, as Spring's relaxed
 * binding does: {@code client-secret}, {@code clientSecret} and {@code client_secret} are one key.
 * Immutable and thread-safe.
 */
public final class KeyPath {
  private static final String ANY_SEGMENTS = "**";

  private final String text;
  private final List<String> segments;

  private KeyPath(String text, List<String> segments) {
    this.text = text;
    this.segments = List.copyOf(segments);
  }

  /**
   * Compiles {@code text}.
   *
   * @throws IllegalArgumentException with a message naming the problem (for the rule loader)
   */
  public static KeyPath parse(String text) {
    Objects.requireNonNull(text, "text");
    if (text.isBlank() || !text.strip().equals(text)) {
      throw new IllegalArgumentException("key path '" + text + "' is blank or has surrounding spaces");
    }
    List<String> segments = new ArrayList<>();
    boolean literal = false;
    for (String segment : text.split("\\.", -1)) {
      if (segment.isEmpty()) {
        throw new IllegalArgumentException("key path '" + text + "' has an empty segment");
      }
      if (segment.contains("**") && !segment.equals(ANY_SEGMENTS)) {
        throw new IllegalArgumentException("key path '" + text + "': '**' must be a whole segment");
      }
      if (segment.chars().anyMatch(Character::isWhitespace)) {
        throw new IllegalArgumentException("key path '" + text + "' contains white space");
      }
      literal |= segment.chars().anyMatch(c -> c != '*');
      segments.add(segment.equals(ANY_SEGMENTS) ? ANY_SEGMENTS : normalize(segment));
    }
    if (!literal) {
      throw new IllegalArgumentException("key path '" + text + "' matches every key; name at least part of one");
    }
    return new KeyPath(text, segments);
  }

  /** A key segment as compared: lower case, without {@code -} and {@code _}. */
  public static String normalize(String segment) {
    StringBuilder sb = new StringBuilder(segment.length());
    for (int i = 0; i < segment.length(); i++) {
      char c = segment.charAt(i);
      if (c != '-' && c != '_') {
        sb.append(c);
      }
    }
    return sb.toString().toLowerCase(Locale.ROOT);
  }

  /**
   * Whether the path of {@link #normalize normalized} segments matches. Linear in the path length
   * times the pattern length, however many {@code **} and {@code *} the pattern holds.
   */
  public boolean matches(List<String> path) {
    int p = segments.size();
    int k = path.size();
    String last = segments.get(p - 1);
    if (!last.equals(ANY_SEGMENTS) && (k == 0 || !glob(last, path.get(k - 1)))) {
      return false; // the common case, decided by the last segment alone
    }
    // rest[j] = whether segments[i..] match path[j..], for the current i, computed from the end
    boolean[] rest = new boolean[k + 1];
    rest[k] = true;
    for (int i = p - 1; i >= 0; i--) {
      String segment = segments.get(i);
      boolean[] here = new boolean[k + 1];
      for (int j = k; j >= 0; j--) {
        if (segment.equals(ANY_SEGMENTS)) {
          here[j] = rest[j] || (j < k && here[j + 1]);
        } else {
          here[j] = j < k && rest[j + 1] && glob(segment, path.get(j));
        }
      }
      rest = here;
    }
    return rest[0];
  }

  /**
   * Whether {@code name} matches {@code glob}, in which {@code *} stands for any run of characters.
   * Greedy with backtracking to the last star: at most length(glob) × length(name) steps.
   */
  static boolean glob(String glob, String name) {
    int g = 0;
    int n = 0;
    int starG = -1;
    int starN = 0;
    while (n < name.length()) {
      if (g < glob.length() && glob.charAt(g) == '*') {
        starG = g++;
        starN = n;
      } else if (g < glob.length() && glob.charAt(g) == name.charAt(n)) {
        g++;
        n++;
      } else if (starG >= 0) {
        g = starG + 1;
        n = ++starN;
      } else {
        return false;
      }
    }
    while (g < glob.length() && glob.charAt(g) == '*') {
      g++;
    }
    return g == glob.length();
  }

  /** The pattern as written. */
  @Override
  public String toString() {
    return text;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof KeyPath k && k.text.equals(text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }
}
