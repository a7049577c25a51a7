package dev.keyward.core.rule.validator;

/** Base62 with the alphabet {@code 0-9A-Za-z}, as GitHub and npm token checksums use it. */
public final class Base62 {
  static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

  private Base62() {}

  /** Encodes an unsigned value, left-padded with {@code 0} to {@code width} characters. */
  public static String encode(long value, int width) {
    if (value < 0) {
      throw new IllegalArgumentException("unsigned values only");
    }
    char[] out = new char[width];
    long v = value;
    for (int i = width - 1; i >= 0; i--) {
      out[i] = ALPHABET.charAt((int) (v % 62));
      v /= 62;
    }
    if (v != 0) {
      throw new IllegalArgumentException(value + " does not fit in " + width + " base62 digits");
    }
    return new String(out);
  }
}
