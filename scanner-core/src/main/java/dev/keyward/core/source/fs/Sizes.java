package dev.keyward.core.source.fs;

import java.util.Locale;

/** Human-readable byte counts ({@code 12.3 MiB}) and their parsing ({@code 10MB}, {@code 512k}). */
public final class Sizes {
  private Sizes() {}

  public static String format(long bytes) {
    if (bytes < 1024) {
      return bytes + " B";
    }
    String[] units = {"KiB", "MiB", "GiB", "TiB"};
    double v = bytes;
    int u = -1;
    while (v >= 1024 && u < units.length - 1) {
      v /= 1024;
      u++;
    }
    return String.format(Locale.ROOT, "%.1f %s", v, units[u]);
  }

  /**
   * Parses a size such as {@code 1048576}, {@code 512k}, {@code 10M}, {@code 10MB}, {@code 1GiB}
   * (binary multiples).
   *
   * @throws IllegalArgumentException naming the accepted forms
   */
  public static long parse(String text) {
    String s = text.trim().toLowerCase(Locale.ROOT).replace("ib", "").replace("b", "");
    long multiplier = 1;
    if (!s.isEmpty()) {
      char unit = s.charAt(s.length() - 1);
      int shift = "kmgt".indexOf(unit);
      if (shift >= 0) {
        multiplier = 1L << (10 * (shift + 1));
        s = s.substring(0, s.length() - 1).trim();
      }
    }
    try {
      long value = Long.parseLong(s);
      if (value <= 0 || value > Long.MAX_VALUE / multiplier) {
        throw new NumberFormatException();
      }
      return value * multiplier;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "invalid size '" + text + "' (expected a positive number of bytes, optionally with k, M or G)");
    }
  }
}
