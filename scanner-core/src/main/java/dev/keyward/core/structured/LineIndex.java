package dev.keyward.core.structured;

import java.util.Arrays;

/**
 * Line starts of a text, for parsers that report a line and column but no usable offset. Lines end at
 * LF, CR LF or a lone CR (XML's and YAML's line ends); columns count chars from 1. Built on first use.
 */
final class LineIndex {
  private final String text;
  private int[] starts;

  LineIndex(String text) {
    this.text = text;
  }

  String text() {
    return text;
  }

  /** The offset of 1-based {@code line} and {@code column}, clipped to the text. */
  int offset(int line, int column) {
    int[] s = starts();
    if (line > s.length) {
      return text.length();
    }
    return (int) Math.min(text.length(), (long) s[line - 1] + column - 1);
  }

  private int[] starts() {
    if (starts == null) {
      int[] s = new int[64];
      int n = 1;
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
          if (n == s.length) {
            s = Arrays.copyOf(s, n * 2);
          }
          s[n++] = i + 1;
        }
      }
      starts = Arrays.copyOf(s, n);
    }
    return starts;
  }
}
