package dev.keyward.core.engine;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A set of Latin-1 characters (0x00-0xFF), worked out by asking {@code java.util.regex} which of the
 * 256 characters a one-character construct (a class, an escape such as {@code \p{Alpha}}, a dot, a
 * case-insensitive letter) matches under the given flags. That makes the translation to Hyperscan exact
 * on Latin-1 text, whatever Java's rules for the construct are.
 */
final class Latin1Set {
  private final long[] bits = new long[4];

  private Latin1Set() {}

  /** The characters {@code fragment}, a regex matching one character, matches under {@code flags}. */
  static Latin1Set of(String fragment, int flags) {
    Latin1Set set = new Latin1Set();
    Matcher m = Pattern.compile(fragment, flags).matcher("");
    char[] one = new char[1];
    for (int c = 0; c < 256; c++) {
      one[0] = (char) c;
      if (m.reset(new String(one)).matches()) {
        set.bits[c >>> 6] |= 1L << c;
      }
    }
    return set;
  }

  boolean isEmpty() {
    return (bits[0] | bits[1] | bits[2] | bits[3]) == 0;
  }

  boolean contains(int c) {
    return (bits[c >>> 6] & (1L << c)) != 0;
  }

  int size() {
    return Long.bitCount(bits[0]) + Long.bitCount(bits[1]) + Long.bitCount(bits[2]) + Long.bitCount(bits[3]);
  }

  /** Hyperscan syntax for the set: one escaped character, or a class of {@code \xHH} ranges. */
  String toHyperscan() {
    if (size() == 1) {
      for (int c = 0; c < 256; c++) {
        if (contains(c)) {
          return literal(c);
        }
      }
    }
    StringBuilder sb = new StringBuilder("[");
    for (int c = 0; c < 256; c++) {
      if (!contains(c)) {
        continue;
      }
      int end = c;
      while (end + 1 < 256 && contains(end + 1)) {
        end++;
      }
      sb.append(literal(c));
      if (end > c) {
        sb.append(end > c + 1 ? "-" : "").append(literal(end));
      }
      c = end;
    }
    return sb.append(']').toString();
  }

  /** One Latin-1 character as a Hyperscan literal: ASCII letters and digits as they are, others escaped. */
  static String literal(int c) {
    boolean plain = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    return plain ? String.valueOf((char) c) : hex(c);
  }

  private static String hex(int c) {
    return String.format("\\x%02x", c);
  }
}
